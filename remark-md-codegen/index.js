// remark resolves the plugin name "md-codegen" to this package (remark-cli and
// the remark language server try `remark-<name>` first): it is md-codegen's own
// plugin, `md-codegen/remark`, under the name remark gives it.
export { default } from 'md-codegen/remark';
