import type { Rule } from '../model/rule.js';

export const terraformPlanNotRead: Rule = {
  id: 'terraform-plan-not-read',
  severity: 'error',
  title: 'A Terraform plan named by terraform-plan was not read',
  why: 'The plan was asked to be checked: a missing, unreadable or unsupported plan would otherwise pass unchecked.',
  remediation:
    'Write the plan with `terraform plan -out plan.out && terraform show -json plan.out > plan.json` before the gate, and point terraform-plan at it.',
  check(facts) {
    return (facts.plans?.problems ?? []).map((p) => ({
      rule: this.id,
      severity: 'error' as const,
      file: p.file,
      message: `terraform-plan: ${p.file} was not checked: ${p.reason}.`,
      remediation: this.remediation,
    }));
  },
};
