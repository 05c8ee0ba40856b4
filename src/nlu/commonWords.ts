/**
 * Words that are not people's names even when they stand where a name would
 * ("meet with the team", "email to my boss", "tell him that"). The recogniser sees
 * lower-case text, so a name is recognised by position and by not being one of these.
 */
const WORDS = `
a an the my your his her our their its this that these those it me you him them us we they i he she
myself yourself everyone everybody anyone anybody someone somebody nobody all both each every any some
no none other another others one two three four five six seven eight nine ten
and or but if then so as at by for from in into of off on onto out over to up upon with within without about
above after before below between during since than through till until via per
is am are was were be been being do does did done have has had having will would shall should can could may might must
not now just only also too very really please thanks thank ok okay yes yeah hey hi hello
what whats what's when where which who whom whose why how
today tonight tomorrow yesterday morning afternoon evening night noon midnight day days week weeks weekend month months year years
hour hours minute minutes time times date dates am pm oclock o'clock
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends mon tue tues wed weds thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
next last previous this coming upcoming later earlier soon early late asap mid midweek mid-week middle
meeting meetings appointment appointments event events calendar schedule agenda reminder reminders call calls invite invitation
email emails e-mail mail mails message messages inbox folder folders drafts outbox archive junk spam attachment attachments file files note notes reply letter address contact contacts number phone details info information
lunch dinner breakfast coffee drinks party birthday anniversary review sync standup interview conference class exam test doctor dentist
team group staff department company office work home school church gym everyone whole entire
boss manager supervisor wife husband mom mum mother dad father sister brother son daughter family friend friends friends' colleague colleagues
coworker coworkers partner girlfriend boyfriend uncle aunt cousin grandma grandpa grandmother grandfather parents kids children client clients customer customers
new old same different important urgent quick short long
prep focus sometime sometimes anytime
send sent write wrote tell told ask asked let know say said saying set make get got give put add remove delete cancel move book schedule check find show
see read open look go going come coming meet talk speak chat discuss regarding re subject titled called named
room building floor online teams skype zoom webex gotomeeting virtual person link links url urls
sure right left here there up down
id ids list lists name names item items thing things stuff anything something everything nothing yet again still already ever never
scheduled reschedule rescheduled moved moving changed cancelled canceled postponed delayed shifted pick picked attend attending received receive take taking taken remind reminded repeat repeated update updated
edit edited start started end ends ending propose proposed proposing save saved prepare prepared made make input plans plan subjects sender pertaining existing compile clear social media water
replied reply replies responded respond answer answered emailed mailed texted called sending sends writes wrote forward forwarded
twenty thirty forty fifty sixty seventy eighty ninety hundred thousand eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
first second third fourth fifth last cell house pager mobile telephone work personal office home business location
co worker workers event calendar new recent latest unread important kind sort type way
all everyone someone via regarding invitation card cc bcc
addresses body content contents detail people haven mine help happy place leave watch eat sleep pay bring attach inform happen recur
christmas xmas halloween eve activity recently sharply launch planned mommy daddy bro sis mama papa folks guys tonight's today's tomorrow's
gotten getting sent own future past present
ready done free busy available fine good great sick away off back ill well running pto ooo vacation holiday leave
daily weekly monthly yearly annual quarterly biweekly bi-weekly fortnightly annually
tmrw tmr tmw wk wks mtg mtgs appt appts resched pls plz thx msg remaining midmorning midday eod cob
organizer organiser organizers attendee attendees user users else host hosts guest guests owner participant participants
starting beginning following concerning including mornings afternoons evenings nights`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** Relations stand for a person the user knows; they are recipients but not names. */
export const RELATIONS: ReadonlySet<string> = new Set(
  'boss manager supervisor wife husband mom mum mother dad father sister brother son daughter family friend friends colleague colleagues coworker coworkers partner girlfriend boyfriend uncle aunt cousin grandma grandpa grandmother grandfather parents kids children team client assistant mommy daddy bro sis mama papa'.split(' '),
);
