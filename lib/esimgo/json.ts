// JSON.parse that keeps ICCIDs exact: a 19-20 digit ICCID sent as a JSON number would lose digits
// as a JS number, so such values are turned into strings before parsing.
export function parseProviderJson(text: string): unknown {
  return JSON.parse(text.replace(/("iccid"\s*:\s*)(\d{10,})/gi, '$1"$2"'));
}
