import { VerifyStepPage } from "@/components/licensing/draft-steps/step-pages";

export const metadata = { title: "Verify your information" };

export default function Page() {
  return <VerifyStepPage option="MANAGE_CALS" />;
}
