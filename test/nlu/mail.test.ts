import { expectParse, parse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z';
const NY = 'America/New_York';

describe('mail', () => {
  it('any unread mail from Adele?', () => {
    expectParse('any unread mail from Adele?', NOW, NY, { intent: 'mail.query', entities: { from: 'Adele', unread: true } });
  });

  it("tell Isaiah I'm running late", () => {
    expectParse("tell Isaiah I'm running late", NOW, NY, { intent: 'mail.send', entities: { to: ['Isaiah'], body: "I'm running late" } });
  });

  it('email Megan about the budget saying the numbers are ready', () => {
    expectParse('email Megan about the budget saying the numbers are ready', NOW, NY, {
      intent: 'mail.send',
      entities: { to: ['Megan'], subject: 'budget', body: 'the numbers are ready' },
    });
  });

  it('search terms without their quotes', () => {
    expectParse('search emails for "Q3 budget"', NOW, NY, { intent: 'mail.query', entities: { search: 'Q3 budget' } });
  });

  it('"… letting them know …": the body', () => {
    expectParse('Could you send an email to Isaiah and Patti letting them know the review moved to 3pm?', NOW, NY, {
      intent: 'mail.send',
      entities: { to: ['Isaiah', 'Patti'], body: 'the review moved to 3pm' },
    });
  });

  it('a request put as a question: "can you tell Megan …", "could you please let the team know …"', () => {
    expectParse("can you tell Megan I'll be 5 mins late", NOW, NY, { intent: 'mail.send', entities: { to: ['Megan'], body: "I'll be 5 mins late" } });
    expectParse('could you please let the team know the standup is cancelled', NOW, NY, {
      intent: 'mail.send',
      entities: { to: ['the team'], body: 'the standup is cancelled' },
    });
  });

  it('the subject and the body said by name: "subject Budget body Please review …"', () => {
    expectParse('send an email to lee@contoso.com subject Budget body Please review the attached numbers', NOW, NY, {
      intent: 'mail.send',
      entities: { to: ['lee@contoso.com'], subject: 'Budget', body: 'Please review the attached numbers' },
    });
    const subjectOnly = parse('email megan subject: Q3 numbers', NOW, NY).entities;
    expect([subjectOnly.subject, subjectOnly.body]).toEqual(['Q3 numbers', undefined]);
    expectParse('email Megan with subject Offsite and body see you there', NOW, NY, {
      intent: 'mail.send',
      entities: { to: ['Megan'], subject: 'Offsite', body: 'see you there' },
    });
  });

  it('bodies after "write to X that", "message the team …"; no body in "email Megan the report"', () => {
    expectParse('write to Patti that the contract is signed', NOW, NY, { intent: 'mail.send', entities: { to: ['Patti'], body: 'the contract is signed' } });
    expectParse("message the team I'm out sick today", NOW, NY, { intent: 'mail.send', entities: { to: ['the team'], body: "I'm out sick today" } });
    expect(parse('email Megan the report', NOW, NY).entities.body).toBeUndefined();
  });

  it('a folder looked at: "show my drafts", "what\'s in my junk folder"; attachments are no sender', () => {
    expectParse('show my drafts', NOW, NY, { intent: 'mail.query', entities: { folder: 'drafts' } });
    expectParse("what's in my junk folder", NOW, NY, { intent: 'mail.query', entities: { folder: 'junkemail' } });
    expectParse('any emails with attachments from Patti', NOW, NY, { intent: 'mail.query', entities: { people: ['Patti'], from: 'Patti' } });
  });

  it('what someone is asked or told to do is the body: "ask Adele to reschedule the sync", "remind isaiah to send the report"', () => {
    // "to" is no word of the name, and the body starts after it (it was "the sync", the verb lost).
    expectParse('ask adele to reschedule the sync', NOW, NY, { intent: 'mail.send', entities: { to: ['adele'], body: 'reschedule the sync' } });
    expectParse('tell adele to call me', NOW, NY, { intent: 'mail.send', entities: { to: ['adele'], body: 'call me' } });
    // A name after "remind", as after "tell" or "ask", though written in lower case.
    expectParse('remind isaiah to send the report', NOW, NY, { intent: 'mail.send', entities: { to: ['isaiah'], body: 'send the report' } });
    expectParse('tell the team the standup is cancelled', NOW, NY, { intent: 'mail.send', entities: { to: ['the team'], body: 'the standup is cancelled' } });
  });

  it('"send megan a message": the recipient named before what is sent', () => {
    expectParse('send megan a message', NOW, NY, { intent: 'mail.send', entities: { to: ['megan'] } });
    expectParse("shoot isaiah an email saying I'm late", NOW, NY, { intent: 'mail.send', entities: { to: ['isaiah'], body: "I'm late" } });
    expect(parse('send me a reminder', NOW, NY).entities.to).toBeUndefined();
    // What is sent may be a thing of its own: "send lynne the agenda", "forward isaiah the invite".
    expectParse('send lynne the agenda for tomorrow', NOW, NY, { intent: 'mail.send', entities: { to: ['lynne'] } });
    expectParse('forward isaiah the invite', NOW, NY, { intent: 'mail.forward', entities: { to: ['isaiah'] } });
    expect(parse('send reminders the day before', NOW, NY).entities.people).toBeUndefined();
  });

  it("write to Lee and say I'll be 10 minutes late", () => {
    expectParse("write to Lee and say I'll be 10 minutes late", NOW, NY, { intent: 'mail.send', entities: { to: ['Lee'], body: "I'll be 10 minutes late" } });
  });

  it('to and cc lines', () => {
    expectParse('send an email to megan@contoso.com and cc adele@contoso.com about the offsite', NOW, NY, {
      intent: 'mail.send',
      entities: { to: ['megan@contoso.com'], cc: ['adele@contoso.com'], subject: 'offsite' },
    });
  });

  it("reply to Adele's email saying thanks", () => {
    expectParse("reply to Adele's email saying thanks", NOW, NY, { intent: 'mail.reply', entities: { body: 'thanks' } });
  });

  it('forward the last email from Lee to Megan', () => {
    expectParse('forward the last email from Lee to Megan', NOW, NY, { intent: 'mail.forward', entities: { to: ['Megan'] } });
  });

  it('a time range and search terms for a mail query', () => {
    expectParse('show emails from last week about the contract', NOW, NY, {
      intent: 'mail.query',
      start: '2026-11-12T00:00:00-05:00',
      end: '2026-11-19T09:00:00-05:00',
      entities: { search: 'contract' },
    });
  });

  it('a folder', () => {
    expectParse('anything in my inbox from Alex today?', NOW, NY, { intent: 'mail.query', entities: { folder: 'inbox', from: 'Alex' } });
  });

  it.each([
    ['send Adele the agenda for tomorrow', 'mail.send'],
    ['tell the team the standup is cancelled', 'mail.send'],
    ['let Alex know I will be 10 minutes late', 'mail.send'],
    ['did Adele reply?', 'mail.query'],
    ["who's Megan's manager?", 'contact.query'],
    ["where is Adele's office", 'contact.query'],
    ["save Megan's new number 555 0101", 'contact.add'],
  ] as const)('%s -> %s', (text, intent) => {
    expectParse(text, NOW, NY, { intent });
  });

  it('a folder of the user\'s own, by its name, which names no sender; "my email folder" is no folder of its own', () => {
    const r = expectParse('show unread mail in my Projects folder', NOW, NY, { intent: 'mail.query', entities: { folder: 'Projects', unread: true } });
    expect({ people: r.entities.people, from: r.entities.from, persons: r.spans.filter((x) => x.type === 'person').length }).toEqual({ people: undefined, from: undefined, persons: 0 });
    expect(expectParse('is there anything new in my email folder', NOW, NY, { intent: 'mail.query' }).entities.folder).toBeUndefined();
  });

  it('"re:" gives the subject, and no body', () => {
    const r = expectParse('email lynne re: budget', NOW, NY, { intent: 'mail.send', entities: { subject: 'budget', to: ['lynne'] } });
    expect(r.entities.body).toBeUndefined();
  });

  it('the word searched for is no name, as an entity or a span', () => {
    const r = expectParse('search my inbox for invoices', NOW, NY, { intent: 'mail.query', entities: { search: 'invoices' } });
    expect({ people: r.entities.people, persons: r.spans.filter((x) => x.type === 'person').length }).toEqual({ people: undefined, persons: 0 });
  });

  it('a folder is only read for a mail query', () => {
    const r = expectParse("draft an email to the team about Friday's release", NOW, NY, { intent: 'mail.send' });
    expect(r.entities.folder).toBeUndefined();
  });
});
