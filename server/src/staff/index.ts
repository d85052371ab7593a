import {Router} from 'express';
import {createPhotoService} from './photo.service';
import {staffPhotoRouter} from './photo.routes';
import {createStaffService, type StaffDeps} from './staff.service';
import {staffProfilesRouter} from './staff.routes';

export {defineStaffModels, type StaffDoc, type StaffPhotoDoc, type Signature} from './staff.model';
export {staffCreateSchema, staffPatchSchema, signatureSchema, isDrawnPath} from './staff.schema';
export {createStaffService, type StaffService} from './staff.service';
export {doneStats, weekStart} from './weekly-stats';
export {whoIs, type Worker} from './me';
export {sniffImage, PHOTO_TYPES, PHOTO_LIMIT_BYTES} from './photo';
export {createStaffCapacity} from './capacity';

/** Every /api/staff route: profiles and photos of the token's shop. */
export function staffRouter(deps: StaffDeps): Router {
  const router = Router();
  router.use(staffProfilesRouter(createStaffService(deps)));
  router.use(staffPhotoRouter(createPhotoService(deps)));
  return router;
}
