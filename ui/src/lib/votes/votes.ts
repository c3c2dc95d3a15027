// Words and formats for the Votes screen: the members' vote that elects the hub producing a
// Workshops cycle. The electorate, the checks on each ballot, the count and its tie-breaks are
// made in the Rust core (crates/core/src/votes/); this only words what the window says.

import type { Ballot, BallotImport, Cycle, Membership, VoteCount, VoteMethod, VoteOverview, VoteState } from '../ipc/bindings';
import { fmt } from '../shared/stores.svelte';

/** The counting methods, in the order the settings list them. */
export const METHODS: readonly VoteMethod[] = ['instant_runoff', 'borda', 'points'];

/** As the core names them (count.rs `VoteMethod::label`). */
export const METHOD_LABELS: Record<VoteMethod, string> = {
  instant_runoff: 'Instant run-off',
  borda: 'Borda count',
  points: 'Points (3/2/1)',
};

/** How each method reads the ranked ballots, under the method select. */
export const METHOD_HINTS: Record<VoteMethod, string> = {
  instant_runoff:
    'Round by round: the proposal with the fewest first choices is eliminated and its ballots pass to their next choice, until one has more than half.',
  borda: 'With n proposals, a first choice gets n − 1 points, a second n − 2, and so on; unranked proposals get nothing.',
  points: 'A first choice gets 3 points, a second 2, a third 1.',
};

export const STATE_LABELS: Record<VoteState, string> = {
  setup: 'Setting up',
  open: 'Open',
  declared: 'Declared',
};

export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  regular: 'Regular',
  associate: 'Associate',
  former: 'Former',
};

/** Where a ballot came from: typed in by the secretariat or imported from a form export. */
export function sourceText(source: string): string {
  return source === 'imported' ? 'Imported' : 'Typed';
}

/** The Workshops cycles, most recent first (by year, then the one created last). */
export function workshopsCycles(cycles: Cycle[]): Cycle[] {
  return cycles.filter((c) => c.shape === 'workshops').sort((a, b) => b.year - a.year || b.id - a.id);
}

/** "3 of 33 member hubs have voted (9 %) · quorum 10 % not met". */
export function turnoutText(count: VoteCount): string {
  const hubs = count.electorate === 1 ? 'member hub' : 'member hubs';
  const verb = count.ballots === 1 ? 'has' : 'have';
  return (
    `${fmt(count.ballots)} of ${fmt(count.electorate)} ${hubs} ${verb} voted (${count.turnout_percent} %)` +
    ` · quorum ${count.quorum_percent} % ${count.quorum_met ? 'met' : 'not met'}`
  );
}

/** How a proposal is named in the count: "Title (Hub name)", or its number if it left the vote. */
export function proposalLabel(overview: VoteOverview, id: number): string {
  const proposal = overview.proposals.find((p) => p.application_id === id);
  if (proposal) return proposal.label;
  for (const round of overview.count.rounds) {
    const row = round.counts.find((c) => c.proposal_id === id);
    if (row) return row.label;
  }
  return `proposal ${id}`;
}

/** The ranking of a ballot as titles, best first: "Repair cafés as a method > Sound in shared spaces". */
export function rankingText(overview: VoteOverview, ballot: Ballot): string {
  const titles = new Map(overview.proposals.map((p) => [p.application_id, p.title]));
  return ballot.choices.map((id) => titles.get(id) ?? `proposal ${id}`).join(' > ');
}

/** The winner line: who leads while the vote runs, who is elected once declared. */
export function winnerText(overview: VoteOverview): string {
  const winner = overview.count.winner;
  if (winner === null) return 'No winner yet';
  const label = proposalLabel(overview, winner);
  return overview.state === 'declared' ? `Elected: ${label}` : `Leading: ${label}`;
}

/** The heading of a round of the count ("The count" when there is only one). */
export function roundHeading(number: number, rounds: number): string {
  return rounds === 1 ? 'The count' : `Round ${number}`;
}

/** What a round's figures count: votes in a run-off, points otherwise. */
export function valueHeader(method: VoteMethod): string {
  return method === 'instant_runoff' ? 'Votes' : 'Points';
}

/** The question asked before the result is declared, with the quorum first when it is not met. */
export function declareMessage(overview: VoteOverview): string {
  const count = overview.count;
  const label = count.winner === null ? 'The leading proposal' : proposalLabel(overview, count.winner);
  const quorum = count.quorum_met ? '' : `The quorum is not met (${fmt(count.ballots)} of ${fmt(count.electorate)}). `;
  return (
    `${quorum}${label} is elected. The vote is frozen, the winner is selected and its Workshops grant goes on to the ` +
    'Grants and Letters tabs.'
  );
}

/** The toast after an import: "4 ballot(s) imported, 1 replacing an earlier one". */
export function importedText(summary: BallotImport): string {
  const replaced = summary.replaced > 0 ? `, ${fmt(summary.replaced)} replacing an earlier one` : '';
  return `${fmt(summary.recorded)} ballot(s) imported${replaced}`;
}

const localDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "2 Nov 2026", the local day of a UTC timestamp ("2026-11-02T13:03:00Z"). */
export function dayOf(at: string | null): string {
  if (!at) return '';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : localDay.format(date);
}

/** "Declared on 2 Nov 2026 by maria: Repair cafés as a method (Κυψέλη) is elected." */
export function declaredText(overview: VoteOverview): string {
  const by = overview.declared_by.trim() === '' ? '' : ` by ${overview.declared_by.trim()}`;
  const winner = overview.count.winner;
  const elected = winner === null ? 'no proposal is elected' : `${proposalLabel(overview, winner)} is elected`;
  return `Declared on ${dayOf(overview.declared_at)}${by}: ${elected}.`;
}

/** "Opened on 2 Nov 2026 by maria". */
export function openedText(overview: VoteOverview): string {
  const by = overview.opened_by.trim() === '' ? '' : ` by ${overview.opened_by.trim()}`;
  return `Opened on ${dayOf(overview.opened_at)}${by}`;
}
