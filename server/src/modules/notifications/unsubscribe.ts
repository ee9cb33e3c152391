import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { unsubscribeTokenValid, UNSUBSCRIBE_PATH } from '../../common/mail/unsubscribe.js';
import type { AppServices } from '../../context.js';
import { Language, User } from '../accounts/user.entity.js';
import { isUuid } from '../../common/sql.js';
import { NotificationChannel } from './notification.entity.js';

const TEXT = {
  nb: { title: 'Varsler på e-post', ask: 'Vil du slutte å få varsler fra Samhandling på e-post? Du ser dem fortsatt i innboksen når du logger inn.', button: 'Slutt å få varsler på e-post', done: 'Ferdig: du får ikke lenger varsler på e-post. Du kan slå dem på igjen under Varsler når du er logget inn.', invalid: 'Lenken er ikke gyldig.' },
  nn: { title: 'Varsel på e-post', ask: 'Vil du slutte å få varsel frå Samhandling på e-post? Du ser dei framleis i innboksen når du loggar inn.', button: 'Slutt å få varsel på e-post', done: 'Ferdig: du får ikkje lenger varsel på e-post. Du kan slå dei på att under Varsel når du er logga inn.', invalid: 'Lenkja er ikkje gyldig.' },
  en: { title: 'Notification e-mails', ask: 'Do you want to stop notification e-mails from Samhandling? You still see notifications in your inbox when you sign in.', button: 'Stop notification e-mails', done: 'Done: you no longer get notification e-mails. You can turn them on again under Notifications when signed in.', invalid: 'This link is not valid.' },
};

/**
 * The List-Unsubscribe link of notification mail (common/mail/unsubscribe.ts). POST (one-click, RFC 8058, sent by
 * mail programs; or the button of the page) turns every notification type the user gets by e-mail into inbox
 * only. GET only shows that button: link checkers and previews open links, and must not unsubscribe anyone.
 */
export function mailUnsubscribeRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { orm, config } = services;

  const userFor = async (req: express.Request, em: EntityManager): Promise<User | null> => {
    const userId = typeof req.query.u === 'string' ? req.query.u : '';
    const token = typeof req.query.t === 'string' ? req.query.t : '';
    if (!isUuid(userId) || !unsubscribeTokenValid(config.sessionSecret, userId, token)) return null;
    return em.findOne(User, { id: userId });
  };
  const page = (res: express.Response, status: number, language: Language, body: string) => {
    const t = TEXT[language] ?? TEXT.nb;
    res
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title} – Samhandling</title></head><body><main><h1>${t.title}</h1>${body}</main></body></html>`);
  };

  router.get(UNSUBSCRIBE_PATH, async (req, res) => {
    const user = await userFor(req, orm.em.fork() as EntityManager);
    if (!user) return page(res, 404, Language.nb, `<p>${TEXT.nb.invalid}</p>`);
    const t = TEXT[user.preferredLanguage];
    // The form posts to this same URL (query included); the page's CSP allows forms to 'self'.
    page(res, 200, user.preferredLanguage, `<p>${t.ask}</p><form method="post"><button type="submit">${t.button}</button></form>`);
  });

  router.post(UNSUBSCRIBE_PATH, async (req, res) => {
    const em = orm.em.fork() as EntityManager;
    const user = await userFor(req, em);
    if (!user) return page(res, 404, Language.nb, `<p>${TEXT.nb.invalid}</p>`);
    await em.transactional(async (tx) => {
      await tx.getConnection().execute(`update notification_preference set channel = ? where user_id = ? and channel = ?`, [NotificationChannel.IN_APP, user.id, NotificationChannel.EMAIL], 'run', tx.getTransactionContext());
      await tx.getConnection().execute(`update notification set email_wanted = false where user_id = ? and emailed_at is null and email_wanted`, [user.id], 'run', tx.getTransactionContext());
    });
    services.logger.info({ user: user.id }, 'notification e-mail turned off from a List-Unsubscribe link');
    page(res, 200, user.preferredLanguage, `<p>${TEXT[user.preferredLanguage].done}</p>`);
  });
  return router;
}
