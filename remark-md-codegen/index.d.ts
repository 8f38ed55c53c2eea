export { default } from 'md-codegen/remark';
export type { Options, RuleSetting } from 'md-codegen/remark';
