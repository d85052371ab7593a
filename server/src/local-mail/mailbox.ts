import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {simpleParser, type AddressObject, type ParsedMail} from 'mailparser';

const ID = /^[0-9TZ-]+-[0-9a-f]{8}$/;

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) =>
    x.value.map((v) => (v.name ? `${v.name} <${v.address}>` : (v.address ?? ''))),
  );

/** The local SMTP server's messages, read back with mailparser (the dev Outbox). */
export function createMailbox(dir: string) {
  async function list() {
    const files = (await readdir(dir).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse()
      .slice(0, 200);
    return Promise.all(
      files.map(async (f) => {
        const id = f.slice(0, -4);
        const mail = await parse(id);
        return {
          id,
          receivedAt: (await stat(path.join(dir, f))).mtime.toISOString(),
          from: mail.from?.text ?? '',
          to: addresses(mail.to),
          subject: mail.subject ?? '',
          size: (await stat(path.join(dir, f))).size,
        };
      }),
    );
  }

  async function parse(id: string): Promise<ParsedMail> {
    return simpleParser(await readFile(path.join(dir, `${id}.eml`)));
  }

  /** One message, with inline (cid:) images turned into data: URLs so a sandboxed iframe shows them. */
  async function read(id: string) {
    if (!ID.test(id)) return null;
    const mail = await parse(id).catch(() => null);
    if (!mail) return null;
    let html = typeof mail.html === 'string' ? mail.html : null;
    for (const a of mail.attachments) {
      if (a.cid && html)
        html = html
          .split(`cid:${a.cid}`)
          .join(`data:${a.contentType};base64,${a.content.toString('base64')}`);
    }
    return {
      id,
      receivedAt: (mail.date ?? new Date()).toISOString(),
      from: mail.from?.text ?? '',
      replyTo: mail.replyTo?.text ?? null,
      to: addresses(mail.to),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html,
      attachments: mail.attachments.map((a) => ({
        filename: a.filename ?? null,
        contentType: a.contentType,
        cid: a.cid ?? null,
        size: a.size,
      })),
    };
  }

  return {list, read};
}
