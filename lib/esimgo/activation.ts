// The activation code and one-tap install links for an eSIM (eSIM Go docs, "Activation code").
export function activationCode(smdpAddress: string, matchingId: string): string {
  const host = smdpAddress.replace(/^https?:\/\//i, "").replace(/\/+$/, "");
  return `LPA:1$${host}$${matchingId}`;
}

export function installLinks(lpa: string) {
  const carddata = encodeURIComponent(lpa);
  return {
    apple: `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${carddata}`, // iOS 17.4+
    android: `https://esimsetup.android.com/esim_qrcode_provisioning?carddata=${carddata}`,
  };
}
