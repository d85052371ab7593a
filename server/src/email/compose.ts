import escapeHtml from 'escape-html';

export interface EmailContent {
  subject: string;
  body: string;
  writer: {name: string; role: string | null};
  shopName: string;
  /** The writer's photo, attached inline (cid) in the HTML part. */
  photo: {contentType: string; data: Buffer} | null;
  gift: {amount: string; currency: string; code: string; expiresOn: string | null} | null;
}

export const PHOTO_CID = 'writer-photo@human-touch';

/** Codes are read in groups of four. */
export const groupCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');

const money = (amount: string, currency: string) => {
  try {
    return new Intl.NumberFormat('en', {style: 'currency', currency}).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
};

function giftText(gift: NonNullable<EmailContent['gift']>): string[] {
  return [
    `A gift for you: ${money(gift.amount, gift.currency)} gift card`,
    `Code: ${groupCode(gift.code)}`,
    gift.expiresOn ? `Use it by ${gift.expiresOn}.` : 'It does not expire.',
    'Enter the code at checkout.',
  ];
}

/** The plain-text part: the person's words as written, the gift, their name. */
export function textPart(c: EmailContent): string {
  return [
    c.body.trim(),
    '',
    ...(c.gift ? [...giftText(c.gift), ''] : []),
    `${c.writer.name}${c.writer.role ? `, ${c.writer.role}` : ''}`,
    c.shopName,
    '',
  ].join('\n');
}

/** The HTML part: simple on purpose (a letter from a person, not a newsletter), inline styles only. */
export function htmlPart(c: EmailContent, photoSrc = `cid:${PHOTO_CID}`): string {
  const paragraphs = c.body
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const gift = c.gift
    ? `<div style="margin:24px 0;padding:16px 20px;border:1px dashed #b8a97a;border-radius:8px;background:#fffdf5">
  <p style="margin:0 0 8px">A gift for you: <strong>${escapeHtml(money(c.gift.amount, c.gift.currency))}</strong> gift card</p>
  <p style="margin:0 0 8px;font-family:Menlo,Consolas,monospace;font-size:20px;letter-spacing:2px">${escapeHtml(groupCode(c.gift.code))}</p>
  <p style="margin:0;color:#555;font-size:13px">${escapeHtml(c.gift.expiresOn ? `Use it by ${c.gift.expiresOn}.` : 'It does not expire.')} Enter the code at checkout.</p>
</div>`
    : '';
  const photo = c.photo
    ? `<img src="${photoSrc}" alt="${escapeHtml(c.writer.name)}" width="64" height="64" style="border-radius:32px;object-fit:cover;vertical-align:middle;margin-right:12px">`
    : '';
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f4">
<div style="max-width:560px;margin:0 auto;padding:32px;background:#ffffff;border-radius:8px;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.55;color:#222">
${paragraphs}
${gift}
<div style="margin-top:24px">${photo}<span style="vertical-align:middle"><strong>${escapeHtml(c.writer.name)}</strong>${c.writer.role ? `, ${escapeHtml(c.writer.role)}` : ''}<br><span style="color:#666">${escapeHtml(c.shopName)}</span></span></div>
</div>
</body></html>`;
}

/** "Ana at Sunny Socks": the person, then the shop. */
export const displayFrom = (writer: string, shopName: string) => `${writer} at ${shopName}`;
