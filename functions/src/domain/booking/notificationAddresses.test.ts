import { describe, expect, it } from 'vitest';
import { addressesOutsideTeam, teamNotificationRecipients } from './notificationAddresses.ts';

const memberEmails = { owner: 'Owner@Clinic.example', agent: 'desk@clinic.example' };

describe('notification addresses', () => {
  it("names every address that is not a member's verified email, ignoring case", () => {
    expect(
      addressesOutsideTeam(['owner@clinic.example', 'DESK@clinic.example', 'victim@example.com'], memberEmails),
    ).toEqual(['victim@example.com']);
    expect(addressesOutsideTeam(['desk@clinic.example'], undefined)).toEqual(['desk@clinic.example']);
    expect(addressesOutsideTeam([], {})).toEqual([]);
  });

  it('mails only the addresses that belong to the team now, each once', () => {
    expect(
      teamNotificationRecipients(
        ['desk@clinic.example', 'left@clinic.example', 'DESK@clinic.example', 'owner@clinic.example'],
        memberEmails,
      ),
    ).toEqual(['desk@clinic.example', 'owner@clinic.example']);
    expect(teamNotificationRecipients(['desk@clinic.example'], undefined)).toEqual([]);
  });
});
