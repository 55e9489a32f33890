export { buildTemplate, templateDescription, templateTitle, type TemplateOptions } from './buildTemplate';
export { builtinCatalog } from './builtinCatalog';
export { BUILTIN_CHANNELS, builtinChannelName, type BuiltinChannel } from './builtinChannels';
export { defaultLaneName, defaultStageName, starterMap } from './starterMap';
