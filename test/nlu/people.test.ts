import { expectParse, parse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z';
const NY = 'America/New_York';

describe('people', () => {
  it.each([
    ['lunch with Megan tomorrow', ['Megan']],
    ['meeting with Megan and Adele on friday at 10', ['Megan', 'Adele']],
    ['schedule a meeting with reeta today evening at five pm', ['reeta']],
    ['set up a call with isaiah@contoso.com tomorrow', ['isaiah@contoso.com']],
    ['meet with Megan, Adele and Lee at 3', ['Megan', 'Adele', 'Lee']],
    ['send an email to george brown', ['george brown']],
    ['book time with me and Alex next week', ['me', 'Alex']],
    // Plural days say when it repeats, not who comes.
    ['standup with Megan on Mondays at 9', ['Megan']],
    ['lunch with Megan and Adele on Fridays', ['Megan', 'Adele']],
    // Parts of a week are no surnames.
    ['lunch with Megan midweek', ['Megan']],
    ['lunch with Megan mid next week', ['Megan']],
    // Whose free time is asked about, in lower case too; a thing or a time is nobody.
    ['is megan free at 3', ['megan']],
    ["when's adele available tomorrow", ['adele']],
    ['are megan and lee busy friday', ['megan', 'lee']],
    ["show me adele's availability friday", ['adele']],
    ["what does megan's calendar look like tomorrow", ['megan']],
    // Who gets what is sent, named before it in lower case.
    ['send megan a message', ['megan']],
    ["shoot isaiah an email saying I'm late", ['isaiah']],
    ['give megan a call tomorrow at 3', ['megan']],
  ])('%s', (text, people) => {
    expectParse(text, NOW, NY, { entities: { people } });
  });

  it('no one in "is parking free", "is the room free at 3", "the organizer\'s calendar"', () => {
    for (const text of ['is parking free', 'is the room free at 3', 'is tomorrow free', "check the organizer's calendar", "someone else's availability", 'biweekly team meeting starting dec 1 at 10am']) {
      expect([text, parse(text, NOW, NY).entities.people]).toEqual([text, undefined]);
    }
  });

  it('"when\'s adele free" finds her free time', () => {
    expectParse("when's adele free", NOW, NY, { intent: 'calendar.findTime', entities: { people: ['adele'] } });
    expectParse('is megan free at 3', NOW, NY, { intent: 'calendar.findTime', entities: { people: ['megan'], start: '2026-11-19T15:00:00-05:00' } });
    // With the user beside them: "when are patti and I free on monday" was asked for the user alone.
    expectParse('when are patti and I free on monday', NOW, NY, { intent: 'calendar.findTime', entities: { people: ['patti'] } });
    expectParse('when are megan and i free', NOW, NY, { intent: 'calendar.findTime', entities: { people: ['megan'] } });
  });

  it('marks names, not addresses, as person spans', () => {
    const r = parse('email megan@contoso.com and Adele about the offsite', NOW, NY);
    expect(r.entities.people).toEqual(['megan@contoso.com', 'Adele']);
    expect(r.spans.filter((s) => s.type === 'person').map((s) => s.text)).toEqual(['Adele']);
  });

  it('reads a possessive as the person', () => {
    const r = expectParse("what's Adele's phone number", NOW, NY, { intent: 'contact.query', entities: { people: ['Adele'] } });
    expect(r.spans.find((s) => s.type === 'person')).toMatchObject({ start: 7, end: 14, text: "Adele's" });
  });

  it('finds nobody in "hold office hours on Tuesdays 2-4pm"', () => {
    expect(parse('hold office hours on Tuesdays 2-4pm', NOW, NY).entities.people).toBeUndefined();
  });

  it('finds nobody in what time is kept for ("for prep", "for focus")', () => {
    for (const text of ['hold 30 min on monday for prep', 'block 2 hours on friday for focus']) {
      expect({ text, people: parse(text, NOW, NY).entities.people }).toEqual({ text, people: undefined });
    }
  });

  it('finds no one in a calendar\'s name, a word searched for or a folder', () => {
    for (const text of ['create a calendar called Travel', 'search my mail for invoice', 'list my mail folders', 'meeting weds at 3', 'party on halloween', "show me tomorrow's schedule", "don't let me forget the dentist on friday", 'put 2 hours on my calendar tomorrow for deep work']) {
      expect({ text, people: parse(text, NOW, NY).entities.people }).toEqual({ text, people: undefined });
    }
  });

  it('finds no one in a time ("3pm London time") or in what moved', () => {
    expect(parse('schedule a meeting with Megan at 3pm London time tomorrow', NOW, NY).entities.people).toEqual(['Megan']);
    expect(parse('email Lynne and Diego that the meeting moved to 3pm', NOW, NY).entities.to).toEqual(['Lynne', 'Diego']);
  });

  it('who a reminder is about is no guest: "remind me to meet with steve", "remind me in 10 min to call isaiah"', () => {
    expectParse('remind me to meet with steve at one pm tomorrow', NOW, NY, { intent: 'calendar.create', entities: { people: ['me'] } });
    expectParse('remind me in 10 min to call isaiah', NOW, NY, { intent: 'calendar.create', entities: { people: ['me'], subject: 'call isaiah' } });
    // Still a name in the text (a person span), just not invited.
    expect(parse('remind me to meet with steve', NOW, NY).spans.some((s) => s.type === 'person' && s.text === 'steve')).toBe(true);
    expectParse('meet with steve tomorrow', NOW, NY, { intent: 'calendar.create', entities: { people: ['steve'] } });
  });

  it('a name and surname to add to the contacts, in lower case: "add adele vance to my contacts"', () => {
    expectParse('add adele vance to my contacts', NOW, NY, { intent: 'contact.add', entities: { people: ['adele vance'] } });
    // With the address after the name.
    expectParse('add john smith john@contoso.com to my contacts', NOW, NY, { intent: 'contact.add', entities: { people: ['john smith', 'john@contoso.com'] } });
    // A lone word after "add" is still more often a thing than a person.
    expect(parse('add milk to my shopping list', NOW, NY).entities.people).toBeUndefined();
  });

  it('does not take "sometime" for part of a name', () => {
    expect(parse('can you find 30 minutes for me and Lee sometime this week', NOW, NY).entities.people).toEqual(['me', 'Lee']);
  });

  it('a team named by what it does is the people asked, as "the team" is', () => {
    expect(parse('set a recurring meeting every 2 weeks on Monday at 11 with the leadership team', NOW, NY).entities.people).toEqual(['the leadership team']);
    expect(parse('call with the Tokyo team at 8am JST on wednesday', NOW, NY).entities.people).toEqual(['the Tokyo team']);
    const mail = parse('email the sales team that the deal closed', NOW, NY);
    expect({ to: mail.entities.to, body: mail.entities.body }).toEqual({ to: ['the sales team'], body: 'the deal closed' });
    const tell = parse("tell the whole team I'm out", NOW, NY);
    expect({ intent: tell.intent, to: tell.entities.to, body: tell.entities.body }).toEqual({ intent: 'mail.send', to: ['the whole team'], body: "I'm out" });
  });

  it('does not take ordinary words after "with" for names', () => {
    const r = parse('meeting with the team tomorrow about planning', NOW, NY);
    expect(r.spans.filter((s) => s.type === 'person')).toEqual([]);
  });
});
