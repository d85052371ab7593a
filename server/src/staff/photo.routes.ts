import express, {Router, type RequestHandler} from 'express';
import {PHOTO_LIMIT_BYTES, PHOTO_TYPES, photoType} from './photo';
import type {PhotoService} from './photo.service';
import {UnsupportedMediaTypeError} from './errors';

/** Refuses a body that is not declared as one of the photo types, before reading it. */
const requirePhotoType: RequestHandler = (req, res, next) => {
  const type = photoType(req.get('content-type'));
  if (!type)
    return next(new UnsupportedMediaTypeError(`A photo must be sent as ${PHOTO_TYPES.join(', ')}`));
  res.locals.photoType = type;
  next();
};

/**
 * PUT|GET|DELETE /api/staff/:id/photo. The photo stays behind the session token like the rest
 * of /api (an <img> cannot send it; the panel fetches the bytes and shows an object URL).
 */
export function staffPhotoRouter(photos: PhotoService): Router {
  const router = Router();
  router.put(
    '/api/staff/:id/photo',
    requirePhotoType,
    express.raw({type: () => true, limit: PHOTO_LIMIT_BYTES}),
    async (req, res) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const photo = await photos.put(
        res.locals.shop,
        String(req.params.id),
        res.locals.photoType,
        bytes,
      );
      res.json({
        photo: {
          contentType: photo.contentType,
          size: photo.size,
          etag: photo.etag,
          updatedAt: photo.updatedAt.toISOString(),
        },
      });
    },
  );
  router.get('/api/staff/:id/photo', async (req, res) => {
    const photo = await photos.get(res.locals.shop, String(req.params.id));
    res.set({
      'content-type': photo.contentType,
      'cache-control': 'private, max-age=300',
      etag: photo.etag,
      'x-content-type-options': 'nosniff',
    });
    res.send(photo.bytes); // answers 304 to a matching If-None-Match
  });
  router.delete('/api/staff/:id/photo', async (req, res) => {
    await photos.remove(res.locals.shop, String(req.params.id));
    res.status(204).end();
  });
  return router;
}
