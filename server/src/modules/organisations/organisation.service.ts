import { audit } from '../../common/audit.js';
import { organisationsOnlyAdministeredBy } from '../accounts/last-admin.js';
import { authorize } from '../../common/auth/policies.js';
import { canOrganisation } from './organisation.policy.js';
import { hashToken, newToken } from '../../common/auth/tokens.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '../../common/errors.js';
import type { ViewerUser } from '../../common/auth/viewer.js';
import { mailLimits } from '../../common/mail/mail-limits.js';
import { assertMayMailOutsiders } from './outsider-mail.js';
import { renderMail } from '../../common/mail/templates.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { linkedIdsColumns, listViews, pageOfRows, viewColumns, Where, type Link, type View } from '../../common/read-model/rows.js';
import { normaliseEmail, normaliseOrgNumber } from '../../common/validation.js';
import { sendMail, type Context } from '../../context.js';
import { escapeLike, isUuid } from '../../common/sql.js';
import { User } from '../accounts/user.entity.js';
import { municipalitiesByNumber, topicsBySlug } from '../reference/reference.service.js';
import { Invitation } from './invitation.entity.js';
import { Membership, MembershipRole } from './membership.entity.js';
import { Organisation, VerificationStatus } from './organisation.entity.js';
import type { OrganisationFilter, OrganisationInput, OrganisationInviteInput } from './organisation.inputs.js';
import { InvitationStatus, type InvitationPreview, type OrganisationConnection } from './organisation.types.js';

const INVITATION_DAYS = 14;
export const ORGANISATION_MUNICIPALITIES: Link = { table: 'organisation_municipality', owner: 'organisation_id', target: 'municipality_number' };
export const ORGANISATION_TOPICS: Link = { table: 'organisation_topic', owner: 'organisation_id', target: 'topic_slug' };
/** An organisation as the directory shows it: its columns (common/read-model/rows.ts). */
export type OrganisationView = View<Organisation>;
const ORGANISATION_LINKS = { municipality_numbers: ORGANISATION_MUNICIPALITIES, topic_slugs: ORGANISATION_TOPICS };
type OrganisationRow = Record<string, unknown> & { id: string };

export class OrganisationService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  private get viewer() {
    return this.ctx.viewer;
  }

  /** The directory page as read-only views with their municipality and topic ids (see EventService.list). */
  async list(filter: OrganisationFilter = {}, first: number, after?: string | null): Promise<OrganisationConnection> {
    const offset = decodeCursor(after);
    const where = new Where();
    if (filter.kinds?.length) where.add(`o.kind = any(${where.array(filter.kinds, 'text')})`);
    if (filter.verificationStatus) where.add(`o.verification_status = ${where.values([filter.verificationStatus])}`);
    if (filter.municipality) where.linkedTo(ORGANISATION_MUNICIPALITIES, 'o', filter.municipality);
    if (filter.topic) where.linkedTo(ORGANISATION_TOPICS, 'o', filter.topic);
    if (filter.search?.trim()) where.add(`o.name ilike ${where.values([`%${escapeLike(filter.search.trim())}%`])}`);
    const { rows, totalCount } = await pageOfRows<OrganisationRow>(this.em, {
      select: `${viewColumns(this.em, Organisation, 'o')}, ${linkedIdsColumns(ORGANISATION_LINKS, 'o')}`,
      from: 'organisation o',
      where,
      orderBy: 'o.name asc, o.id asc',
      first,
      offset,
    });
    const nodes = listViews(this.ctx, Organisation, rows, ORGANISATION_LINKS);
    return { nodes, totalCount, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async get(id: string): Promise<Organisation> {
    const org = isUuid(id) ? await this.em.findOne(Organisation, { id }) : null;
    if (!org) throw new NotFoundError('organisation');
    return org;
  }

  async create(input: OrganisationInput): Promise<Organisation> {
    const user = this.viewer.requireUser();
    authorize(this.viewer, canOrganisation.create(this.viewer), 'auth/email_not_verified');
    if (!input.name?.trim()) throw UserInputError.field('name', 'organisation/name_length');
    if (!input.kind) throw UserInputError.field('kind', 'organisation/kind_required');
    const org = this.em.create(Organisation, { name: input.name.trim(), kind: input.kind, createdBy: user });
    await this.apply(org, input);
    this.em.create(Membership, { organisation: org, user, role: MembershipRole.ADMIN });
    await this.em.flush();
    this.viewer.setRole(org.id, MembershipRole.ADMIN);
    return org;
  }

  async update(id: string, input: OrganisationInput): Promise<Organisation> {
    const org = await this.get(id);
    authorize(this.viewer, canOrganisation.edit(this.viewer, org));
    await this.apply(org, input);
    await this.em.flush();
    return org;
  }

  private actorOf(): { id: string; name: string } {
    const u = this.viewer.user!;
    return { id: u.id, name: u.name };
  }

  /** Verification, member role changes and removals go into the admin audit log (modules/moderation). */
  private auditAdmin(org: Organisation, action: string, details: Record<string, unknown> = {}): void {
    this.em.persist(audit(this.em, { entityType: 'organisation', entityId: org.id, action, actor: this.actorOf(), details: { name: org.name, ...details } }));
  }

  async verify(id: string): Promise<Organisation> {
    authorize(this.viewer, canOrganisation.verify(this.viewer));
    const org = await this.get(id);
    org.verificationStatus = VerificationStatus.VERIFIED;
    org.verifiedAt = new Date();
    org.verifiedBy = this.viewer.user;
    org.rejectionReason = null;
    this.auditAdmin(org, 'organisation_verified');
    await this.em.flush();
    await this.tellAdmins(org, true);
    return org;
  }

  async reject(id: string, reason: string): Promise<Organisation> {
    authorize(this.viewer, canOrganisation.verify(this.viewer));
    const org = await this.get(id);
    if (!reason.trim()) throw UserInputError.field('reason', 'organisation/reason_required');
    if (reason.length > 2000) throw UserInputError.field('reason', 'organisation/reason_length');
    org.verificationStatus = VerificationStatus.REJECTED;
    org.rejectionReason = reason.trim();
    org.verifiedAt = new Date();
    org.verifiedBy = this.viewer.user;
    this.auditAdmin(org, 'organisation_rejected', { reason: org.rejectionReason });
    await this.em.flush();
    await this.tellAdmins(org, false);
    return org;
  }

  async members(org: Pick<Organisation, 'id'>): Promise<Membership[]> {
    return this.em.find(Membership, { organisation: org.id }, { populate: ['user'], orderBy: { role: 'asc', user: { name: 'asc' } } });
  }

  async pendingInvitations(org: Pick<Organisation, 'id'>): Promise<Invitation[]> {
    return this.em.find(Invitation, { organisation: org.id, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' } });
  }

  async invite(input: OrganisationInviteInput): Promise<Invitation> {
    const inviter = this.viewer.requireUser();
    const org = await this.get(input.organisationId);
    authorize(this.viewer, canOrganisation.manageMembers(this.viewer, org));
    const email = normaliseEmail('email', input.email);
    const existing = await this.em.findOne(User, { email });
    if (existing && (await this.em.count(Membership, { organisation: org, user: existing }))) {
      throw new ConflictError('invitation/already_member');
    }
    await assertMayMailOutsiders(this.ctx, this.em, org.id, 'invitation');
    const token = newToken();
    const invitation = this.em.create(Invitation, {
      organisation: org,
      email,
      role: input.role,
      tokenHash: hashToken(this.ctx.config.sessionSecret, token),
      invitedBy: inviter,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    });
    await this.em.flush();
    const language = existing?.preferredLanguage ?? inviter.preferredLanguage;
    const link = `${this.ctx.config.publicUrl}/invitasjon?token=${encodeURIComponent(token)}`;
    // Silently capped per address: the invitation stands and can be sent again later.
    if (await mailLimits(this.ctx).toRecipient('invitation', email)) {
      await sendMail(this.ctx, renderMail('invitation', language, email, { organisation: org.name, inviter: inviter.name, link }));
    }
    return invitation;
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.byToken(token);
    const user = this.viewer.user;
    const refusal = user ? await this.acceptRefusal(invitation, user) : new UnauthenticatedError();
    return {
      organisation: invitation.organisation,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      status: statusOf(invitation),
      viewerIsInvitee: user?.email === invitation.email,
      viewerCan: { accept: !refusal },
    };
  }

  /** The one rule for accepting, shared by accept and the preview's viewerCan.accept: why it is refused, or null. */
  private async acceptRefusal(invitation: Invitation, user: ViewerUser): Promise<Error | null> {
    const status = statusOf(invitation);
    if (status === InvitationStatus.ACCEPTED) return UserInputError.field('token', 'invitation/used');
    if (status === InvitationStatus.REVOKED) return UserInputError.field('token', 'invitation/revoked');
    if (status === InvitationStatus.EXPIRED) return UserInputError.field('token', 'invitation/expired');
    // Accepting needs the invited address: the signed-in user's e-mail must be the one the link went to.
    if (invitation.email !== user.email) return new ForbiddenError('invitation/wrong_account');
    if (await this.em.count(Membership, { organisation: invitation.organisation, user })) return new ConflictError('invitation/already_member');
    return null;
  }

  async accept(token: string): Promise<Membership> {
    const user = this.viewer.requireUser();
    const invitation = await this.byToken(token);
    const refusal = await this.acceptRefusal(invitation, user);
    if (refusal) throw refusal;
    invitation.acceptedAt = new Date();
    user.emailVerifiedAt ??= new Date(); // the link proved the inbox
    const membership = this.em.create(Membership, { organisation: invitation.organisation, user, role: invitation.role });
    await this.em.flush();
    this.viewer.setRole(invitation.organisation.id, invitation.role);
    return membership;
  }

  async revokeInvitation(id: string): Promise<Invitation> {
    const invitation = isUuid(id) ? await this.em.findOne(Invitation, { id }, { populate: ['organisation'] }) : null;
    if (!invitation) throw new NotFoundError('invitation');
    authorize(this.viewer, canOrganisation.manageMembers(this.viewer, invitation.organisation));
    invitation.revokedAt ??= new Date();
    await this.em.flush();
    return invitation;
  }

  async leave(organisationId: string): Promise<boolean> {
    const user = this.viewer.requireUser();
    const org = await this.get(organisationId);
    const membership = await this.em.findOne(Membership, { organisation: org, user });
    if (!membership) throw new NotFoundError('membership');
    await this.assertAdminRemains(membership);
    await this.em.remove(membership).flush();
    this.viewer.setRole(org.id, null);
    return true;
  }

  async changeRole(membershipId: string, role: MembershipRole): Promise<Membership> {
    const membership = await this.membership(membershipId);
    authorize(this.viewer, canOrganisation.changeMemberRole(this.viewer, membership));
    if (role !== MembershipRole.ADMIN) await this.assertAdminRemains(membership);
    if (membership.role !== role) this.em.persist(audit(this.em, { entityType: 'organisation', entityId: membership.organisation.id, action: 'member_role_changed', actor: this.actorOf(), details: { name: membership.organisation.name, userId: membership.user.id, userName: membership.user.name, from: membership.role, to: role } }));
    membership.role = role;
    await this.em.flush();
    if (membership.user.id === this.viewer.id) this.viewer.setRole(membership.organisation.id, role);
    return membership;
  }

  async removeMember(membershipId: string): Promise<boolean> {
    const membership = await this.membership(membershipId);
    authorize(this.viewer, canOrganisation.removeMember(this.viewer, membership));
    await this.assertAdminRemains(membership);
    this.em.persist(audit(this.em, { entityType: 'organisation', entityId: membership.organisation.id, action: 'member_removed', actor: this.actorOf(), details: { name: membership.organisation.name, userId: membership.user.id, userName: membership.user.name, role: membership.role } }));
    await this.em.remove(membership).flush();
    if (membership.user.id === this.viewer.id) this.viewer.setRole(membership.organisation.id, null);
    return true;
  }

  private async membership(id: string): Promise<Membership> {
    const m = isUuid(id) ? await this.em.findOne(Membership, { id }, { populate: ['organisation', 'user'] }) : null;
    if (!m) throw new NotFoundError('membership');
    return m;
  }

  /** An organisation always keeps at least one admin (modules/accounts/last-admin.ts): refuse to remove or demote the last one. */
  private async assertAdminRemains(leaving: Membership): Promise<void> {
    if (leaving.role !== MembershipRole.ADMIN) return;
    if ((await organisationsOnlyAdministeredBy(this.em, leaving.user.id, leaving.organisation.id)).length) throw new ConflictError('membership/last_admin');
  }

  private async byToken(token: string): Promise<Invitation> {
    const invitation = await this.em.findOne(Invitation, { tokenHash: hashToken(this.ctx.config.sessionSecret, token) }, { populate: ['organisation'] });
    if (!invitation) throw UserInputError.field('token', 'invitation/invalid');
    return invitation;
  }

  /** Applies the given fields of `input`, validating each; unknown municipalities and topics are refused. */
  private async apply(org: Organisation, input: OrganisationInput): Promise<void> {
    if (input.name != null) {
      const name = input.name.trim();
      if (name.length < 2) throw UserInputError.field('name', 'organisation/name_length');
      org.name = name;
    }
    if (input.kind != null) org.kind = input.kind;
    if (input.orgNumber != null) {
      const orgNumber = input.orgNumber.trim() ? normaliseOrgNumber('orgNumber', input.orgNumber) : null;
      if (orgNumber && (await this.em.count(Organisation, { orgNumber, id: { $ne: org.id } }))) {
        throw UserInputError.field('orgNumber', 'organisation/org_number_taken');
      }
      org.orgNumber = orgNumber;
    }
    if (input.description != null) org.description = input.description.trim();
    if (input.contactEmail != null) org.contactEmail = input.contactEmail.trim() ? normaliseEmail('contactEmail', input.contactEmail) : null;
    if (input.contactPhone != null) {
      const phone = input.contactPhone.trim();
      if (phone && !/^\+?[\d\s()-]{5,20}$/.test(phone)) throw UserInputError.field('contactPhone', 'organisation/phone_invalid');
      org.contactPhone = phone || null;
    }
    if (input.website != null) {
      const website = input.website.trim();
      if (website && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(website)) throw UserInputError.field('website', 'organisation/website_invalid');
      org.website = website || null;
    }
    if (input.municipalityNumbers != null) org.municipalities.set(await municipalitiesByNumber(this.em, input.municipalityNumbers));
    if (input.topicSlugs != null) org.topics.set(await topicsBySlug(this.em, input.topicSlugs));
  }

  private async tellAdmins(org: Organisation, verified: boolean) {
    const admins = await this.em.find(Membership, { organisation: org, role: MembershipRole.ADMIN }, { populate: ['user'] });
    for (const { user } of admins) {
      await sendMail(this.ctx, renderMail('organisationDecision', user.preferredLanguage, user.email, { organisation: org.name, verified, reason: org.rejectionReason }));
    }
  }
}

function statusOf(i: Invitation): InvitationStatus {
  if (i.acceptedAt) return InvitationStatus.ACCEPTED;
  if (i.revokedAt) return InvitationStatus.REVOKED;
  if (i.expiresAt < new Date()) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

