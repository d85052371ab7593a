import {BadRequestError, NotFoundError} from '../errors';
import {upsertOne} from '../db/upsert';
import type {StaffModel, StaffPhotoDoc, StaffPhotoModel} from './staff.model';
import {findStaff, parseStaffId} from './staff-id';
import {etagOf, sha256, sniffImage, type PhotoType} from './photo';

type Deps = {models: {Staff: StaffModel; StaffPhoto: StaffPhotoModel}};

const NAMES: Record<PhotoType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
};

/** The stored bytes as a Buffer (a lean read returns BSON Binary). */
function bytesOf(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  const inner = (data as {buffer?: Uint8Array}).buffer;
  return Buffer.from(inner ?? new Uint8Array());
}

/** Staff photos: the bytes in `staff_photos`, a small description on the staff document. */
export function createPhotoService({models}: Deps) {
  const {Staff, StaffPhoto} = models;

  /** Stores the photo after checking the bytes are the image type the request declared. */
  async function put(shop: string, id: string, declared: PhotoType, bytes: Buffer) {
    const staff = await findStaff(Staff, shop, id);
    const actual = bytes.length ? sniffImage(bytes) : null;
    if (actual !== declared) {
      const message = bytes.length
        ? `The file is not a ${NAMES[declared]} image`
        : 'The photo is empty';
      throw new BadRequestError(message, {fields: {photo: [message]}});
    }
    const sha = sha256(bytes);
    const meta = {
      contentType: declared,
      size: bytes.length,
      etag: etagOf(sha),
      updatedAt: new Date(),
    };
    // Bytes first, then the pointer: a reader never sees a photo that is not there yet.
    await upsertOne(
      StaffPhoto,
      {_id: staff._id},
      {
        $set: {
          shop,
          data: bytes,
          contentType: declared,
          size: bytes.length,
          sha256: sha,
          updatedAt: meta.updatedAt,
        },
      },
    );
    const {matchedCount} = await Staff.updateOne({_id: staff._id}, {$set: {photo: meta}});
    if (!matchedCount) {
      await StaffPhoto.deleteOne({_id: staff._id}); // the profile was deleted meanwhile
      throw new NotFoundError('No such staff member');
    }
    return meta;
  }

  async function get(shop: string, id: string) {
    const photo = await StaffPhoto.findById(parseStaffId(id)).lean<StaffPhotoDoc>();
    if (!photo || photo.shop !== shop) throw new NotFoundError('No photo for this staff member');
    return {bytes: bytesOf(photo.data), contentType: photo.contentType, etag: etagOf(photo.sha256)};
  }

  async function remove(shop: string, id: string): Promise<void> {
    const staff = await findStaff(Staff, shop, id);
    await Staff.updateOne({_id: staff._id}, {$set: {photo: null}});
    await StaffPhoto.deleteOne({_id: staff._id});
  }

  return {put, get, remove};
}

export type PhotoService = ReturnType<typeof createPhotoService>;
