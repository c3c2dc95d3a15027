// Words and formats for the Votes screen: the members' vote that elects the hub producing a
// Workshops cycle. The electorate, the checks on each ballot, the count and its tie-breaks are
// made in the Rust core (crates/core/src/votes/); this only words what the window says.

import type { Ballot, BallotImport, Cycle, Membership, VoteCount, VoteMethod, VoteOverview, VoteState } from '../ipc/bindings';
import { formatDay, t } from '../shared/i18n';

/** The counting methods, in the order the settings list them. */
export const METHODS: readonly VoteMethod[] = ['instant_runoff', 'borda', 'points'];

/** As the core names them (count.rs `VoteMethod::label`). */
export const METHOD_LABELS: Record<VoteMethod, string> = {
  instant_runoff: t('votes-method-instant-runoff'),
  borda: t('votes-method-borda'),
  points: t('votes-method-points'),
};

/** How each method reads the ranked ballots, under the method select. */
export const METHOD_HINTS: Record<VoteMethod, string> = {
  instant_runoff: t('votes-method-instant-runoff-hint'),
  borda: t('votes-method-borda-hint'),
  points: t('votes-method-points-hint'),
};

export const STATE_LABELS: Record<VoteState, string> = {
  setup: t('votes-state-setup'),
  open: t('votes-state-open'),
  declared: t('votes-state-declared'),
};

export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  regular: t('votes-membership-regular'),
  associate: t('votes-membership-associate'),
  former: t('votes-membership-former'),
};

/** Where a ballot came from: typed in by the secretariat or imported from a form export. */
export function sourceText(source: string): string {
  return source === 'imported' ? t('votes-source-imported') : t('votes-source-typed');
}

/** The Workshops cycles, most recent first (by year, then the one created last). */
export function workshopsCycles(cycles: Cycle[]): Cycle[] {
  return cycles.filter((c) => c.shape === 'workshops').sort((a, b) => b.year - a.year || b.id - a.id);
}

/** "3 of 33 member hubs have voted (9 %) · quorum 10 % not met". */
export function turnoutText(count: VoteCount): string {
  return t('votes-turnout', {
    ballots: count.ballots,
    electorate: count.electorate,
    turnout: count.turnout_percent,
    quorum: count.quorum_percent,
    met: count.quorum_met ? 'yes' : 'no',
  });
}

/** How a proposal is named in the count: "Title (Hub name)", or its number if it left the vote. */
export function proposalLabel(overview: VoteOverview, id: number): string {
  const proposal = overview.proposals.find((p) => p.application_id === id);
  if (proposal) return proposal.label;
  for (const round of overview.count.rounds) {
    const row = round.counts.find((c) => c.proposal_id === id);
    if (row) return row.label;
  }
  return t('votes-proposal-unknown', { id: String(id) });
}

/** The ranking of a ballot as titles, best first: "Repair cafés as a method > Sound in shared spaces". */
export function rankingText(overview: VoteOverview, ballot: Ballot): string {
  const titles = new Map(overview.proposals.map((p) => [p.application_id, p.title]));
  return ballot.choices.map((id) => titles.get(id) ?? t('votes-proposal-unknown', { id: String(id) })).join(' > ');
}

/** The winner line: who leads while the vote runs, who is elected once declared. */
export function winnerText(overview: VoteOverview): string {
  const winner = overview.count.winner;
  if (winner === null) return t('votes-winner-none');
  const proposal = proposalLabel(overview, winner);
  return overview.state === 'declared' ? t('votes-winner-elected', { proposal }) : t('votes-winner-leading', { proposal });
}

/** The heading of a round of the count ("The count" when there is only one). */
export function roundHeading(number: number, rounds: number): string {
  return rounds === 1 ? t('votes-count-only-round') : t('votes-count-round', { number });
}

/** What a round's figures count: votes in a run-off, points otherwise. */
export function valueHeader(method: VoteMethod): string {
  return method === 'instant_runoff' ? t('votes-count-votes') : t('votes-count-points');
}

/** The question asked before the result is declared, with the quorum first when it is not met. */
export function declareMessage(overview: VoteOverview): string {
  const count = overview.count;
  const proposal = count.winner === null ? t('votes-declare-leading-proposal') : proposalLabel(overview, count.winner);
  return count.quorum_met
    ? t('votes-declare-message', { proposal })
    : t('votes-declare-message-no-quorum', { proposal, ballots: count.ballots, electorate: count.electorate });
}

/** The toast after an import: "4 ballots imported, 1 replacing an earlier one". */
export function importedText(summary: BallotImport): string {
  const args = { recorded: summary.recorded, replaced: summary.replaced };
  return summary.replaced > 0 ? t('votes-import-done-replacing', args) : t('votes-import-done', args);
}

/** "Declared on 2 Nov 2026 by maria: Repair cafés as a method (Κυψέλη) is elected." */
export function declaredText(overview: VoteOverview): string {
  const person = overview.declared_by.trim();
  const day = formatDay(overview.declared_at);
  const winner = overview.count.winner;
  if (winner === null) return person === '' ? t('votes-declared-none', { day }) : t('votes-declared-none-by', { day, person });
  const proposal = proposalLabel(overview, winner);
  return person === '' ? t('votes-declared', { day, proposal }) : t('votes-declared-by', { day, person, proposal });
}

/** "Opened on 2 Nov 2026 by maria". */
export function openedText(overview: VoteOverview): string {
  const person = overview.opened_by.trim();
  const day = formatDay(overview.opened_at);
  return person === '' ? t('votes-opened', { day }) : t('votes-opened-by', { day, person });
}
