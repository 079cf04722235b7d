// What a customer needs to install an eSIM: the activation code (LPA string), its parts, the QR
// code of it, and one-tap links. The activation code is a credential: only its owner sees it.
import QRCode from "qrcode";
import { activationCode, installLinks } from "@/lib/esimgo/activation";

export type InstallData = { iccid: string; smdpAddress: string; matchingId: string; lpa: string; appleUrl: string; androidUrl: string };

export function installData(esim: { iccid: string; smdpAddress: string | null; matchingId: string | null }): InstallData | null {
  if (!esim.smdpAddress || !esim.matchingId) return null;
  const lpa = activationCode(esim.smdpAddress, esim.matchingId);
  const links = installLinks(lpa);
  return {
    iccid: esim.iccid,
    smdpAddress: esim.smdpAddress.replace(/^https?:\/\//i, ""),
    matchingId: esim.matchingId,
    lpa,
    appleUrl: links.apple,
    androidUrl: links.android,
  };
}

export function qrSvg(lpa: string): Promise<string> {
  return QRCode.toString(lpa, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

export function qrPng(lpa: string): Promise<Buffer> {
  return QRCode.toBuffer(lpa, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 360 });
}
