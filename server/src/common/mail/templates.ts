import type { MailMessage } from './mailer.js';

/** The languages mail is written in (a user's `preferredLanguage`). */
type Language = 'nb' | 'nn' | 'en';

type Template<A> = (args: A) => { subject: string; text: string };
type Localised<A> = Record<Language, Template<A>>;

const signature = {
  nb: '\n\nHilsen Samhandling – det regionale integreringsnettverket',
  nn: '\n\nHelsing Samhandling – det regionale integreringsnettverket',
  en: '\n\nSamhandling – the regional integration network',
};

const templates = {
  verifyEmail: {
    nb: ({ name, link }) => ({ subject: 'Bekreft e-postadressen din', text: `Hei ${name}!\n\nBekreft e-postadressen din ved å åpne denne lenken innen 24 timer:\n${link}` }),
    nn: ({ name, link }) => ({ subject: 'Stadfest e-postadressa di', text: `Hei ${name}!\n\nStadfest e-postadressa di ved å opne denne lenkja innan 24 timar:\n${link}` }),
    en: ({ name, link }) => ({ subject: 'Confirm your e-mail address', text: `Hi ${name}!\n\nConfirm your e-mail address by opening this link within 24 hours:\n${link}` }),
  } as Localised<{ name: string; link: string }>,
  resetPassword: {
    nb: ({ name, link }) => ({ subject: 'Nytt passord', text: `Hei ${name}!\n\nNoen ba om å sette nytt passord for kontoen din. Åpne lenken innen én time for å velge et nytt:\n${link}\n\nHar du ikke bedt om dette, kan du se bort fra e-posten.` }),
    nn: ({ name, link }) => ({ subject: 'Nytt passord', text: `Hei ${name}!\n\nNokon bad om å setje nytt passord for kontoen din. Opne lenkja innan ein time for å velje eit nytt:\n${link}\n\nHar du ikkje bede om dette, kan du sjå bort frå e-posten.` }),
    en: ({ name, link }) => ({ subject: 'Reset your password', text: `Hi ${name}!\n\nSomeone asked to reset the password of your account. Open this link within one hour to choose a new one:\n${link}\n\nIf you did not ask for this, you can ignore this e-mail.` }),
  } as Localised<{ name: string; link: string }>,
  invitation: {
    nb: ({ organisation, inviter, link }) => ({ subject: `Invitasjon til ${organisation}`, text: `${inviter} har invitert deg til å bli med i ${organisation} på Samhandling.\n\nGodta invitasjonen innen 14 dager:\n${link}` }),
    nn: ({ organisation, inviter, link }) => ({ subject: `Invitasjon til ${organisation}`, text: `${inviter} har invitert deg til å bli med i ${organisation} på Samhandling.\n\nGodta invitasjonen innan 14 dagar:\n${link}` }),
    en: ({ organisation, inviter, link }) => ({ subject: `Invitation to ${organisation}`, text: `${inviter} has invited you to join ${organisation} on Samhandling.\n\nAccept the invitation within 14 days:\n${link}` }),
  } as Localised<{ organisation: string; inviter: string; link: string }>,
  organisationDecision: {
    nb: ({ organisation, verified, reason }) => ({ subject: verified ? `${organisation} er verifisert` : `${organisation} ble ikke verifisert`, text: verified ? `Fylkeskommunen har verifisert ${organisation}. Organisasjonen vises nå som verifisert.` : `Fylkeskommunen kunne ikke verifisere ${organisation}.\n\nBegrunnelse: ${reason}` }),
    nn: ({ organisation, verified, reason }) => ({ subject: verified ? `${organisation} er verifisert` : `${organisation} vart ikkje verifisert`, text: verified ? `Fylkeskommunen har verifisert ${organisation}. Organisasjonen blir no vist som verifisert.` : `Fylkeskommunen kunne ikkje verifisere ${organisation}.\n\nGrunngjeving: ${reason}` }),
    en: ({ organisation, verified, reason }) => ({ subject: verified ? `${organisation} is verified` : `${organisation} was not verified`, text: verified ? `The county has verified ${organisation}. It is now shown as verified.` : `The county could not verify ${organisation}.\n\nReason: ${reason}` }),
  } as Localised<{ organisation: string; verified: boolean; reason?: string | null }>,
  eventGuestRegistration: {
    nb: ({ event, when, link }) => ({ subject: `Bekreft påmeldingen: ${event}`, text: `Takk for påmeldingen til ${event} (${when}).\n\nDu får plass (eller plass på ventelisten hvis det er fullt) først når du har bekreftet påmeldingen. Bekreft innen 24 timer, eller meld deg av, her:\n${link}\n\nHar du ikke meldt deg på, kan du se bort fra e-posten.` }),
    nn: ({ event, when, link }) => ({ subject: `Stadfest påmeldinga: ${event}`, text: `Takk for påmeldinga til ${event} (${when}).\n\nDu får plass (eller plass på ventelista om det er fullt) først når du har stadfesta påmeldinga. Stadfest innan 24 timar, eller meld deg av, her:\n${link}\n\nHar du ikkje meldt deg på, kan du sjå bort frå e-posten.` }),
    en: ({ event, when, link }) => ({ subject: `Confirm your registration: ${event}`, text: `Thank you for registering for ${event} (${when}).\n\nYou get a seat (or a place on the waitlist if it is full) only once you have confirmed. Confirm within 24 hours, or cancel, here:\n${link}\n\nIf you did not register, you can ignore this e-mail.` }),
  } as Localised<{ event: string; when: string; link: string }>,
  eventPromoted: {
    nb: ({ event, when, link }) => ({ subject: `Du har fått plass: ${event}`, text: `En plass ble ledig, og du har nå plass på ${event} (${when}).\n\n${link}` }),
    nn: ({ event, when, link }) => ({ subject: `Du har fått plass: ${event}`, text: `Ein plass vart ledig, og du har no plass på ${event} (${when}).\n\n${link}` }),
    en: ({ event, when, link }) => ({ subject: `You have a seat: ${event}`, text: `A seat became free and you now have a place at ${event} (${when}).\n\n${link}` }),
  } as Localised<{ event: string; when: string; link: string }>,
  eventCancelled: {
    nb: ({ event, when, reason }) => ({ subject: `Avlyst: ${event}`, text: `${event} (${when}) er avlyst.${reason ? `\n\nBegrunnelse: ${reason}` : ''}` }),
    nn: ({ event, when, reason }) => ({ subject: `Avlyst: ${event}`, text: `${event} (${when}) er avlyst.${reason ? `\n\nGrunngjeving: ${reason}` : ''}` }),
    en: ({ event, when, reason }) => ({ subject: `Cancelled: ${event}`, text: `${event} (${when}) has been cancelled.${reason ? `\n\nReason: ${reason}` : ''}` }),
  } as Localised<{ event: string; when: string; reason?: string | null }>,
  eventMessage: {
    nb: ({ event, subject, body }) => ({ subject: `${event}: ${subject}`, text: `Melding fra arrangøren av ${event}:\n\n${body}` }),
    nn: ({ event, subject, body }) => ({ subject: `${event}: ${subject}`, text: `Melding frå arrangøren av ${event}:\n\n${body}` }),
    en: ({ event, subject, body }) => ({ subject: `${event}: ${subject}`, text: `A message from the organiser of ${event}:\n\n${body}` }),
  } as Localised<{ event: string; subject: string; body: string }>,
  accountExists: {
    nb: ({ name, loginLink, resetLink }) => ({ subject: 'Du har allerede en konto', text: `Hei ${name}!\n\nNoen, kanskje du, prøvde å opprette en ny konto på Samhandling med denne e-postadressen. Du har allerede en konto her.\n\nLogg inn:\n${loginLink}\n\nHar du glemt passordet, kan du velge et nytt:\n${resetLink}\n\nHar du ikke prøvd å registrere deg, kan du se bort fra e-posten.` }),
    nn: ({ name, loginLink, resetLink }) => ({ subject: 'Du har allereie ein konto', text: `Hei ${name}!\n\nNokon, kanskje du, prøvde å opprette ein ny konto på Samhandling med denne e-postadressa. Du har allereie ein konto her.\n\nLogg inn:\n${loginLink}\n\nHar du gløymt passordet, kan du velje eit nytt:\n${resetLink}\n\nHar du ikkje prøvd å registrere deg, kan du sjå bort frå e-posten.` }),
    en: ({ name, loginLink, resetLink }) => ({ subject: 'You already have an account', text: `Hi ${name}!\n\nSomeone, perhaps you, tried to create a new account on Samhandling with this e-mail address. You already have an account here.\n\nLog in:\n${loginLink}\n\nIf you have forgotten your password, you can choose a new one:\n${resetLink}\n\nIf you did not try to sign up, you can ignore this e-mail.` }),
  } as Localised<{ name: string; loginLink: string; resetLink: string }>,
  unlockLogin: {
    nb: ({ name, minutes, link }) => ({ subject: 'Innloggingen til kontoen din er sperret', text: `Hei ${name}!\n\nNoen har prøvd feil passord for kontoen din flere ganger. Derfor er innlogging sperret i ${minutes} minutter fra nettlesere som ikke har vært logget inn på kontoen før.\n\nVar det deg? Åpne lenken innen én time for å oppheve sperren. Nettleseren du åpner den i, kan deretter logge inn med riktig passord selv om noen prøver igjen:\n${link}\n\nVar det ikke deg, trenger du ikke gjøre noe: passordet ditt er ikke avslørt.` }),
    nn: ({ name, minutes, link }) => ({ subject: 'Innlogginga til kontoen din er sperra', text: `Hei ${name}!\n\nNokon har prøvd feil passord for kontoen din fleire gonger. Difor er innlogging sperra i ${minutes} minutt frå nettlesarar som ikkje har vore logga inn på kontoen før.\n\nVar det deg? Opne lenkja innan ein time for å oppheve sperra. Nettlesaren du opnar ho i, kan deretter logge inn med rett passord sjølv om nokon prøver igjen:\n${link}\n\nVar det ikkje deg, treng du ikkje gjere noko: passordet ditt er ikkje avslørt.` }),
    en: ({ name, minutes, link }) => ({ subject: 'Signing in to your account is locked', text: `Hi ${name}!\n\nSomeone has tried a wrong password for your account several times, so signing in is locked for ${minutes} minutes from browsers that have not signed in to the account before.\n\nWas it you? Open this link within one hour to lift the lock. The browser you open it in can then sign in with the right password even if someone keeps trying:\n${link}\n\nIf it was not you, you need not do anything: your password has not been revealed.` }),
  } as Localised<{ name: string; minutes: number; link: string }>,
  activityStale: {
    nb: ({ activity, link }) => ({ subject: `Går «${activity}» fortsatt?`, text: `Det er over et halvt år siden noen bekreftet at «${activity}» fortsatt går. Bekreft, endre eller arkiver aktiviteten, så katalogen er til å stole på:\n${link}` }),
    nn: ({ activity, link }) => ({ subject: `Går «${activity}» framleis?`, text: `Det er over eit halvt år sidan nokon stadfesta at «${activity}» framleis går. Stadfest, endre eller arkiver aktiviteten, så katalogen er til å stole på:\n${link}` }),
    en: ({ activity, link }) => ({ subject: `Is "${activity}" still running?`, text: `Nobody has confirmed for over six months that "${activity}" is still running. Confirm, edit or archive it so the catalogue stays trustworthy:\n${link}` }),
  } as Localised<{ activity: string; link: string }>,
  grantMoreInfo: {
    nb: ({ application, message, link }) => ({ subject: `Mer informasjon trengs: ${application}`, text: `Fylkeskommunen ber om mer informasjon i søknaden «${application}»:\n\n${message}\n\nSvar ved å oppdatere søknaden og sende den inn på nytt:\n${link}` }),
    nn: ({ application, message, link }) => ({ subject: `Meir informasjon trengst: ${application}`, text: `Fylkeskommunen ber om meir informasjon i søknaden «${application}»:\n\n${message}\n\nSvar ved å oppdatere søknaden og sende han inn på nytt:\n${link}` }),
    en: ({ application, message, link }) => ({ subject: `More information needed: ${application}`, text: `The county asks for more information in the application "${application}":\n\n${message}\n\nAnswer by updating the application and submitting it again:\n${link}` }),
  } as Localised<{ application: string; message: string; link: string }>,
  grantDecision: {
    nb: ({ application, round, link }) => ({ subject: `Vedtak: ${application}`, text: `Det er fattet vedtak i søknaden «${application}» (${round}). Les vedtaksbrevet:\n${link}` }),
    nn: ({ application, round, link }) => ({ subject: `Vedtak: ${application}`, text: `Det er gjort vedtak i søknaden «${application}» (${round}). Les vedtaksbrevet:\n${link}` }),
    en: ({ application, round, link }) => ({ subject: `Decision: ${application}`, text: `A decision has been made on the application "${application}" (${round}). Read the decision letter:\n${link}` }),
  } as Localised<{ application: string; round: string; link: string }>,
  eventReminder: {
    nb: (a) => ({
      subject: a.soon ? `Snart: ${a.event}` : `Påminnelse: ${a.event} i morgen`,
      text: `${a.soon ? 'Arrangementet du er påmeldt, starter om en time.' : 'Dette er en påminnelse om arrangementet du er påmeldt.'}\n\n${a.event}\nTid: ${a.when}\n${a.meetingLink ? `Lenke til møtet: ${a.meetingLink}\n` : a.place ? `Sted: ${a.place}\n` : ''}${a.pageLink}\n\nKan du ikke komme? Meld deg av ${a.guest ? 'her' : 'på arrangementssiden'}, så kan noen på ventelisten få plassen din:\n${a.cancelLink}`,
    }),
    nn: (a) => ({
      subject: a.soon ? `Snart: ${a.event}` : `Påminning: ${a.event} i morgon`,
      text: `${a.soon ? 'Arrangementet du er påmeld, startar om ein time.' : 'Dette er ei påminning om arrangementet du er påmeld.'}\n\n${a.event}\nTid: ${a.when}\n${a.meetingLink ? `Lenkje til møtet: ${a.meetingLink}\n` : a.place ? `Stad: ${a.place}\n` : ''}${a.pageLink}\n\nKan du ikkje kome? Meld deg av ${a.guest ? 'her' : 'på arrangementssida'}, så kan nokon på ventelista få plassen din:\n${a.cancelLink}`,
    }),
    en: (a) => ({
      subject: a.soon ? `Starting soon: ${a.event}` : `Reminder: ${a.event} tomorrow`,
      text: `${a.soon ? 'The event you registered for starts in an hour.' : 'This is a reminder of the event you registered for.'}\n\n${a.event}\nWhen: ${a.when}\n${a.meetingLink ? `Meeting link: ${a.meetingLink}\n` : a.place ? `Where: ${a.place}\n` : ''}${a.pageLink}\n\nCannot come? Cancel ${a.guest ? 'here' : 'on the event page'}, so someone on the waiting list can have your seat:\n${a.cancelLink}`,
    }),
  } as Localised<{ event: string; when: string; place: string | null; meetingLink: string | null; pageLink: string; cancelLink: string; guest: boolean; soon: boolean }>,
  eventMaterials: {
    nb: ({ event, when, link }) => ({ subject: `Opptak og materiell: ${event}`, text: `Opptak eller materiell fra ${event} (${when}) er lagt ut på arrangementssiden:\n${link}` }),
    nn: ({ event, when, link }) => ({ subject: `Opptak og materiell: ${event}`, text: `Opptak eller materiell frå ${event} (${when}) er lagt ut på arrangementssida:\n${link}` }),
    en: ({ event, when, link }) => ({ subject: `Recording and materials: ${event}`, text: `The recording or materials from ${event} (${when}) are on the event page:\n${link}` }),
  } as Localised<{ event: string; when: string; link: string }>,
  eventMeetingLink: {
    nb: ({ event, when, meetingLink, pageLink, changed }) => ({
      subject: `${changed ? 'Ny lenke' : 'Lenke'} til ${event}`,
      text: `${changed ? `Arrangøren har endret lenken til ${event} (${when}). Bruk den nye lenken:` : `Lenken til ${event} (${when}) er klar:`}\n${meetingLink}\n\nPåmeldingen din og lenken finner du også her:\n${pageLink}`,
    }),
    nn: ({ event, when, meetingLink, pageLink, changed }) => ({
      subject: `${changed ? 'Ny lenkje' : 'Lenkje'} til ${event}`,
      text: `${changed ? `Arrangøren har endra lenkja til ${event} (${when}). Bruk den nye lenkja:` : `Lenkja til ${event} (${when}) er klar:`}\n${meetingLink}\n\nPåmeldinga di og lenkja finn du òg her:\n${pageLink}`,
    }),
    en: ({ event, when, meetingLink, pageLink, changed }) => ({
      subject: `${changed ? 'New link' : 'Link'} for ${event}`,
      text: `${changed ? `The organisers have changed the link for ${event} (${when}). Use the new link:` : `The link for ${event} (${when}) is ready:`}\n${meetingLink}\n\nYour registration and the link are also here:\n${pageLink}`,
    }),
  } as Localised<{ event: string; when: string; meetingLink: string; pageLink: string; changed: boolean }>,
  eventEvaluation: {
    nb: ({ event, link }) => ({ subject: `Hva syntes du om ${event}?`, text: `Takk for at du deltok på ${event}. Arrangøren ber om en kort evaluering (to–tre spørsmål, anonymt for arrangøren):\n${link}` }),
    nn: ({ event, link }) => ({ subject: `Kva syntest du om ${event}?`, text: `Takk for at du var med på ${event}. Arrangøren ber om ei kort evaluering (to–tre spørsmål, anonymt for arrangøren):\n${link}` }),
    en: ({ event, link }) => ({ subject: `What did you think of ${event}?`, text: `Thank you for taking part in ${event}. The organisers ask for a short evaluation (two or three questions, anonymous to them):\n${link}` }),
  } as Localised<{ event: string; link: string }>,
  grantAcceptanceDue: {
    nb: ({ application, deadline, link }) => ({ subject: `Svar på tilsagnet innen ${deadline}: ${application}`, text: `Dere har fått tilsagn om tilskudd til «${application}». Godta tilsagnet og vilkårene, eller takk nei, innen ${deadline}. Svarer dere ikke, faller tilsagnet bort.\n\n${link}` }),
    nn: ({ application, deadline, link }) => ({ subject: `Svar på tilsegnet innan ${deadline}: ${application}`, text: `De har fått tilsegn om tilskot til «${application}». Godta tilsegnet og vilkåra, eller takk nei, innan ${deadline}. Svarar de ikkje, fell tilsegnet bort.\n\n${link}` }),
    en: ({ application, deadline, link }) => ({ subject: `Answer your grant award by ${deadline}: ${application}`, text: `You have been awarded a grant for "${application}". Accept the award and its conditions, or decline it, by ${deadline}. Without an answer the award lapses.\n\n${link}` }),
  } as Localised<{ application: string; deadline: string; link: string }>,
  grantReportDue: {
    nb: ({ application, final, due, days, link }) => ({ subject: `${final ? 'Sluttrapport' : 'Delrapport'} om ${days} ${days === 1 ? 'dag' : 'dager'}: ${application}`, text: `${final ? 'Sluttrapporten med regnskap' : 'Delrapporten'} for «${application}» skal være sendt inn innen ${due}.\n\n${link}` }),
    nn: ({ application, final, due, days, link }) => ({ subject: `${final ? 'Sluttrapport' : 'Delrapport'} om ${days} ${days === 1 ? 'dag' : 'dagar'}: ${application}`, text: `${final ? 'Sluttrapporten med rekneskap' : 'Delrapporten'} for «${application}» skal vere send inn innan ${due}.\n\n${link}` }),
    en: ({ application, final, due, days, link }) => ({ subject: `${final ? 'Final report' : 'Mid-term report'} due in ${days} ${days === 1 ? 'day' : 'days'}: ${application}`, text: `The ${final ? 'final report with accounts' : 'mid-term report'} for "${application}" is due by ${due}.\n\n${link}` }),
  } as Localised<{ application: string; final: boolean; due: string; days: number; link: string }>,
  grantReportOverdue: {
    nb: ({ application, final, due, link }) => ({ subject: `${final ? 'Sluttrapporten' : 'Delrapporten'} er forsinket: ${application}`, text: `${final ? 'Sluttrapporten med regnskap' : 'Delrapporten'} for «${application}» skulle vært sendt inn innen ${due}. Send den inn så snart som mulig, eller be om utsatt frist. Kommer ikke rapporten, kan fylkeskommunen kreve tilskuddet tilbakebetalt.\n\n${link}` }),
    nn: ({ application, final, due, link }) => ({ subject: `${final ? 'Sluttrapporten' : 'Delrapporten'} er forseinka: ${application}`, text: `${final ? 'Sluttrapporten med rekneskap' : 'Delrapporten'} for «${application}» skulle vore send inn innan ${due}. Send han inn så snart som mogleg, eller be om utsett frist. Kjem ikkje rapporten, kan fylkeskommunen krevje tilskotet betalt tilbake.\n\n${link}` }),
    en: ({ application, final, due, link }) => ({ subject: `${final ? 'Final report' : 'Mid-term report'} overdue: ${application}`, text: `The ${final ? 'final report with accounts' : 'mid-term report'} for "${application}" was due by ${due}. Send it in as soon as possible, or ask for an extension. Without the report the county may claim the grant back.\n\n${link}` }),
  } as Localised<{ application: string; final: boolean; due: string; link: string }>,
  grantReportChanges: {
    nb: ({ application, body, link }) => ({ subject: `Endringer trengs i rapporten: ${application}`, text: `Fylkeskommunen ber om endringer i rapporten for «${application}»:\n\n${body}\n\nRett rapporten og send den inn på nytt:\n${link}` }),
    nn: ({ application, body, link }) => ({ subject: `Endringar trengst i rapporten: ${application}`, text: `Fylkeskommunen ber om endringar i rapporten for «${application}»:\n\n${body}\n\nRett rapporten og send han inn på nytt:\n${link}` }),
    en: ({ application, body, link }) => ({ subject: `Changes needed in the report: ${application}`, text: `The county asks for changes to the report for "${application}":\n\n${body}\n\nCorrect the report and send it in again:\n${link}` }),
  } as Localised<{ application: string; body: string; link: string }>,
  settlementSurveySent: {
    nb: ({ year, municipality, deadline, link }) => ({ subject: `Kartlegging av bosettingskapasitet: ${year}`, text: `Fylkeskommunen ber ${municipality} svare på kartleggingen av kapasitet for ${year}. Svarfristen er ${deadline}.\n\nSvar her (utkastet lagres mens du skriver):\n${link}` }),
    nn: ({ year, municipality, deadline, link }) => ({ subject: `Kartlegging av busetjingskapasitet: ${year}`, text: `Fylkeskommunen ber ${municipality} svare på kartlegginga av kapasitet for ${year}. Svarfristen er ${deadline}.\n\nSvar her (utkastet blir lagra medan du skriv):\n${link}` }),
    en: ({ year, municipality, deadline, link }) => ({ subject: `Settlement capacity survey: ${year}`, text: `The county asks ${municipality} to answer the capacity survey for ${year}. The deadline is ${deadline}.\n\nAnswer here (the draft is saved as you type):\n${link}` }),
  } as Localised<{ year: string; municipality: string; deadline: string; link: string }>,
  settlementSurveyReminder: {
    nb: ({ year, municipality, deadline, link }) => ({ subject: `Påminnelse: kartlegging av bosettingskapasitet (${year})`, text: `${municipality} har ikke sendt inn svaret på kartleggingen for ${year}. Svarfristen er ${deadline}.\n\n${link}` }),
    nn: ({ year, municipality, deadline, link }) => ({ subject: `Påminning: kartlegging av busetjingskapasitet (${year})`, text: `${municipality} har ikkje sendt inn svaret på kartlegginga for ${year}. Svarfristen er ${deadline}.\n\n${link}` }),
    en: ({ year, municipality, deadline, link }) => ({ subject: `Reminder: settlement capacity survey (${year})`, text: `${municipality} has not yet submitted its answer to the survey for ${year}. The deadline is ${deadline}.\n\n${link}` }),
  } as Localised<{ year: string; municipality: string; deadline: string; link: string }>,
  settlementMilestoneReminder: {
    nb: ({ year, milestone, date, link }) => ({ subject: `${year}: ${milestone} ${date}`, text: `Påminnelse om milepælen «${milestone}» i årshjulet for ${year}, ${date}.\n\n${link}` }),
    nn: ({ year, milestone, date, link }) => ({ subject: `${year}: ${milestone} ${date}`, text: `Påminning om milepælen «${milestone}» i årshjulet for ${year}, ${date}.\n\n${link}` }),
    en: ({ year, milestone, date, link }) => ({ subject: `${year}: ${milestone} ${date}`, text: `A reminder of the milestone "${milestone}" in the annual wheel of ${year}, ${date}.\n\n${link}` }),
  } as Localised<{ year: string; milestone: string; date: string; link: string }>,
};

export type MailKind = keyof typeof templates;

/** Arguments that are meant to span lines (an organiser's message, a reason), and the links the server makes;
 * every other text is a name or title. */
const KEPT_AS_IS = (key: string) => key === 'body' || key === 'reason' || /link$/i.test(key);
const NAME_MAX = 120;
const SUBJECT_MAX = 160;

/**
 * One line of at most `max` characters: control characters (CR/LF among them, which would start new
 * header lines or fake paragraphs) become spaces. Names and titles are chosen by users, and some reach
 * other people's inboxes (an invitation names the organisation and the inviter).
 */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function renderMail<K extends MailKind>(
  kind: K,
  language: Language,
  to: string,
  args: Parameters<(typeof templates)[K][Language]>[0],
): MailMessage {
  const template = templates[kind][language] as Template<typeof args>;
  const clean = Object.fromEntries(
    Object.entries(args).map(([key, value]) => [key, typeof value === 'string' && !KEPT_AS_IS(key) ? oneLine(value, NAME_MAX) : value]),
  ) as typeof args;
  const { subject, text } = template(clean);
  return { to, subject: oneLine(subject, SUBJECT_MAX), text: text + signature[language], language };
}
