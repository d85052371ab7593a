export { createInstallations, type Installations } from './ensure-installed';
