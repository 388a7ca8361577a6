import { VerifyStepPage } from "@/components/licensing/draft-steps/verify-step";

export const metadata = { title: "Verify your information" };

export default function Page() {
  return <VerifyStepPage option="INSTALL_CALS" />;
}
