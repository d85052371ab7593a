export {configSchema, type Config} from './schema';
export {loadConfig, localDefaults, ConfigError, type LoadedConfig} from './load';
