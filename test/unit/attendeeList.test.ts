import type * as Graph from '@microsoft/microsoft-graph-types';
import { attendeeList } from '../../dialogs/meetingChange';

const megan: Graph.Attendee = { type: 'required', status: { response: 'accepted' }, emailAddress: { name: 'Megan Bowen', address: 'meganb@example.com' } };
const patti: Graph.Attendee = { type: 'optional', status: { response: 'none' }, emailAddress: { name: 'Patti Fernandez', address: 'PattiF@example.com' } };

describe('the attendee list an invitation change sets', () => {
  test('those invited now, less the removed (addresses in any case), plus the added at the end as required', () => {
    const list = attendeeList([megan, patti], [{ name: 'Adele Vance', address: 'adelev@example.com' }], [{ name: 'Patti Fernandez', address: 'pattif@example.com' }]);
    expect(list).toEqual([
      { type: 'required', emailAddress: { name: 'Megan Bowen', address: 'meganb@example.com' } },
      { type: 'required', emailAddress: { name: 'Adele Vance', address: 'adelev@example.com' } },
    ]);
  });

  test('the same change applied to its own result changes nothing: someone already there is not added twice', () => {
    const added = [{ name: 'Adele Vance', address: 'adelev@example.com' }];
    const removed = [{ name: 'Megan Bowen', address: 'meganb@example.com' }];
    const once = attendeeList([megan, patti], added, removed);
    expect(attendeeList(once, added, removed)).toEqual(once);
  });

  test('an optional attendee stays optional; statuses are not sent (Graph keeps them)', () => {
    const [kept] = attendeeList([patti], [], []);
    expect(kept).toEqual({ type: 'optional', emailAddress: patti.emailAddress });
  });
});
