import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { authorize, can } from '../../common/auth/policies.js';
import { ConflictError, UserInputError } from '../../common/errors.js';
import { renderMail } from '../../common/mail/templates.js';
import { renderMarkdown } from '../../common/markdown.js';
import { nameKey } from '../../common/text.js';
import { osloLocalToInstant, osloReadable } from '../../common/time.js';
import { User } from '../accounts/user.entity.js';
import { ANNOUNCEMENTS_TOPIC, frontPageChange } from '../../common/change-feed/topics.js';
import { Announcement } from '../announcements/announcement.entity.js';
import { Event } from '../events/event.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Membership } from '../organisations/membership.entity.js';
import { isUuid } from '../../common/sql.js';
import { municipalitiesByNumber } from '../reference/reference.service.js';
import { DECIDABLE_STATES, moveApplication } from './application.states.js';
import { GrantAccess } from './grant.access.js';
import { roundChange } from './grant.changes.js';
import { GrantApplication, GrantGuidelines, GrantRound, GrantScheme, RoundState } from './grant.entity.js';
import type { GrantRoundInput } from './grant.inputs.js';
import { moveRound, roundEditable } from './round.states.js';
import { makeAwards } from './follow-up/award.service.js';
import { applyFollowUpSettings } from './follow-up/settings.js';

/** Schemes and rounds (county staff): create, edit, and the round's moves (round.states.ts). */
export class GrantRoundService extends GrantAccess {
  async createScheme(name: string, description: string): Promise<GrantScheme> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const clean = name.trim();
    if (clean.length < 2 || clean.length > 200) throw UserInputError.field('name', 'grant/name_length');
    // A handful of schemes: compared by name key (case, Unicode form, lookalikes) in JS.
    const schemes = await this.ctx.em.find(GrantScheme, {}, { fields: ['name'] });
    if (schemes.some((s) => nameKey(s.name) === nameKey(clean))) throw UserInputError.field('name', 'grant/name_taken');
    const scheme = this.ctx.em.create(GrantScheme, { name: clean, description: description.trim() });
    await this.ctx.em.flush();
    return scheme;
  }

  rounds(): Promise<GrantRound[]> {
    const where = can.grantAdminister(this.viewer) ? {} : { state: { $ne: RoundState.DRAFT } };
    return this.ctx.em.find(GrantRound, where, { orderBy: { closesAt: 'desc' } });
  }

  async createRound(input: GrantRoundInput): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const scheme = input.schemeId && isUuid(input.schemeId) ? await this.ctx.em.findOne(GrantScheme, { id: input.schemeId }) : null;
    if (!scheme) throw UserInputError.field('schemeId', 'grant/scheme_not_found');
    for (const f of ['title', 'year', 'budget', 'opensAt', 'closesAt'] as const) if (input[f] == null || input[f] === '') throw UserInputError.field(f, `grant/${f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_required`);
    return this.write(async (tx) => {
      const round = tx.create(GrantRound, { scheme, title: '', year: input.year!, budget: input.budget!, opensAt: new Date(), closesAt: new Date(), state: RoundState.DRAFT });
      await this.applyRound(tx, round, input);
      audit(tx, { entityType: 'grant_round', entityId: round.id, action: 'created', actor: this.actor() });
      return round;
    });
  }

  async updateRound(id: string, input: GrantRoundInput): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx) => {
      const round = await this.round(id, tx);
      if (!roundEditable(round)) throw new ConflictError('grant/round_decided');
      await this.applyRound(tx, round, input);
      audit(tx, { entityType: 'grant_round', entityId: round.id, action: 'updated', actor: this.actor(), details: { fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] != null) } });
      return round;
    });
  }

  /** Opens a round: announced live to the whole network (an announcement, so it also reaches inboxes). */
  async openRound(id: string): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx, changes) => {
      const round = await this.round(id, tx);
      moveRound(tx, round, 'open', this.actor());
      if (!round.guidelinesVersion) throw UserInputError.field('guidelines', 'grant/guidelines_required');
      if (!round.criteria.length) throw UserInputError.field('criteria', 'grant/criteria_required');
      const scheme = await tx.findOneOrFail(GrantScheme, { id: round.scheme.id });
      const body = `${scheme.name}: ${round.title}. Søknadsfrist ${osloReadable(round.closesAt)}.`;
      const announcement = tx.create(Announcement, { title: `Søknadsrunden er åpen: ${round.title}`, body, bodyHtml: renderMarkdown(body), createdBy: this.viewer.id ? tx.getReference(User, this.viewer.id) : null, expiresAt: round.closesAt });
      const users = await tx.find(User, {}, { fields: ['id'] });
      changes.push(...(await notify(tx, users.map((u) => u.id).filter((u) => u !== this.viewer.id), NotificationType.ANNOUNCEMENT, { announcementId: announcement.id, title: announcement.title })));
      changes.push({ topic: ANNOUNCEMENTS_TOPIC, type: 'announcement.posted', payload: { announcementId: announcement.id } });
      changes.push(roundChange(round, 'round.opened'), frontPageChange('round', round.id));
      return round;
    });
  }

  async closeRound(id: string): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx, changes) => {
      const round = await this.round(id, tx);
      moveRound(tx, round, 'close', this.actor());
      // Closed early, it must leave the front page's open rounds as its opening entered them.
      changes.push(roundChange(round, 'round.closed'), frontPageChange('round', round.id));
      return round;
    });
  }

  /** Publishes every decision of the round at once: applicants see them together, in the platform and by e-mail. */
  async publishDecisions(id: string): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx, changes, mails) => {
      const round = await this.round(id, tx);
      moveRound(tx, round, 'publishDecisions', this.actor());
      const apps = await tx.find(GrantApplication, { round, state: { $in: [...DECIDABLE_STATES] } });
      const undecided = apps.filter((a) => !a.decision);
      if (undecided.length) throw new ConflictError('grant/undecided_applications', { applications: undecided.map((a) => a.title) });
      round.decisionsPublishedAt = new Date();
      // Each approved application becomes an award to accept (follow-up/).
      makeAwards(tx, round, apps, round.decisionsPublishedAt, this.actor());
      for (const app of apps) {
        moveApplication(tx, app, 'publishDecision', this.actor(), { decision: app.decision, grantedAmount: app.grantedAmount });
        const members = await tx.find(Membership, { organisation: app.organisation.id }, { populate: ['user'] });
        changes.push(...(await notify(tx, members.map((m) => m.user.id), NotificationType.GRANT_DECISION, { title: app.title, applicationId: app.id })));
        for (const m of members) mails.push(renderMail('grantDecision', m.user.preferredLanguage, m.user.email, { application: app.title, round: round.title, link: `${this.ctx.config.publicUrl}/tilskudd/soknader/${app.id}/vedtak` }));
      }
      changes.push(roundChange(round, 'round.decided'));
      return round;
    });
  }

  private async applyRound(tx: EntityManager, round: GrantRound, input: GrantRoundInput) {
    if (input.title != null) round.title = input.title.trim();
    if (input.year != null) round.year = input.year;
    if (input.budget != null) round.budget = input.budget;
    if (input.opensAt) round.opensAt = osloLocalToInstant('opensAt', input.opensAt);
    if (input.closesAt) round.closesAt = osloLocalToInstant('closesAt', input.closesAt);
    if (round.closesAt <= round.opensAt) throw UserInputError.field('closesAt', 'grant/closes_before_opens');
    if (input.eligibleKinds != null) round.eligibleKinds = [...new Set(input.eligibleKinds)];
    if (input.eligibleMunicipalities != null) {
      round.eligibleMunicipalities = (await municipalitiesByNumber(tx, input.eligibleMunicipalities, 'eligibleMunicipalities')).map((m) => m.number);
    }
    if (input.minPartners != null) round.minPartners = input.minPartners;
    if (input.criteria != null) {
      const keys = input.criteria.map((c) => c.key.trim());
      if (new Set(keys).size !== keys.length) throw UserInputError.field('criteria', 'grant/criterion_duplicate');
      round.criteria = input.criteria.map((c) => ({ key: c.key.trim(), title: c.title.trim(), weight: c.weight }));
    }
    if (input.infoEventId !== undefined) {
      const event = input.infoEventId && isUuid(input.infoEventId) ? await tx.findOne(Event, { id: input.infoEventId }) : null;
      if (input.infoEventId && !event) throw UserInputError.field('infoEventId', 'event/not_found');
      round.infoEvent = event;
    }
    if (input.contacts != null) round.contacts = input.contacts.trim();
    applyFollowUpSettings(round, input);
    if (input.guidelines != null) {
      const current = round.guidelinesVersion ? await tx.findOne(GrantGuidelines, { round, version: round.guidelinesVersion }) : null;
      if (current?.body !== input.guidelines) {
        round.guidelinesVersion += 1;
        tx.create(GrantGuidelines, { round, version: round.guidelinesVersion, body: input.guidelines, bodyHtml: renderMarkdown(input.guidelines) });
      }
    }
  }
}
