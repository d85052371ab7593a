import {AppError} from '../errors';

/** The body's media type is not one this endpoint takes (RFC 9110 §15.5.16). */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(415, 'unsupported_media_type', message);
  }
}
