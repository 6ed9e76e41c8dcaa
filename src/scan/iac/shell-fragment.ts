/** Shell taken from a file for the shell reader (aws-cli.ts), and what that reader gives back. */
import type { ParameterSetting } from './parameters.js';
import type { CaPin, Declaration, IacProblem, TerraformVariableSetting } from '../../model/iac.js';
import type { Candidate, Workspace } from './yaml-tree.js';

/** Shell text taken from a file (a whole script, a Makefile recipe, a Dockerfile RUN, a CI step). */
export interface ShellFragment {
  file: string;
  text: string;
  /** The file's line of a row of `text` (0-based); `token` locates it where the text was folded. */
  line: (row: number, token?: string) => number;
  /** Variables the surroundings give: make variables, Dockerfile ARG/ENV, CI `env:`/`variables:`. */
  outer?: (name: string) => Candidate[] | undefined;
  /** A Makefile recipe: `$(NAME)` is a make variable, not a command. */
  make?: boolean;
  /** The repository, to read the file a call's `--cli-input-json file://…` names. */
  workspace?: Workspace;
}

export interface ShellFacts {
  pins: CaPin[];
  declarations: Declaration[];
  problems: IacProblem[];
  terraformVariables: TerraformVariableSetting[];
  /** CloudFormation parameters the calls give (the template reader follows them). */
  parameters: ParameterSetting[];
}
