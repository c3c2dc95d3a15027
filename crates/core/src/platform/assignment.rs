//! The best assignment of rows to columns in a table of scores, with `pathfinding`'s
//! Kuhn–Munkres (Hungarian) algorithm in O(n³): as many allowed pairs as possible, then the
//! highest total among them. Pairing (visiting hubs to hosts), placement (people to hosts'
//! places) and the reviewers' assignment (applications to reviewers) all fill their tables
//! with it.

use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;

/// The best assignment of rows to columns in a table of scores (`None`: the pair is not
/// allowed): as many allowed pairs as possible and, among those, the highest total. Returns
/// `(row, column)` pairs in row order. Deterministic for the same table.
pub fn best_assignment(scores: &[Vec<Option<u32>>]) -> Vec<(usize, usize)> {
    let rows = scores.len();
    let columns = scores.first().map_or(0, Vec::len);
    if rows == 0 || columns == 0 {
        return Vec::new();
    }
    // Heavier than every allowed total together, so one pair more always wins.
    let max = scores.iter().flatten().flatten().copied().max().unwrap_or(0) as i64;
    let forbidden = -((max + 1) * rows.min(columns) as i64 + 1);
    let cell = |r: usize, c: usize| scores[r][c].map_or(forbidden, i64::from);
    let transposed = rows > columns;
    let (n, m) = if transposed { (columns, rows) } else { (rows, columns) };
    let mut values = Vec::with_capacity(n * m);
    for i in 0..n {
        for j in 0..m {
            values.push(if transposed { cell(j, i) } else { cell(i, j) });
        }
    }
    let matrix = Matrix::from_vec(n, m, values).expect("n × m values");
    let (_, assigned) = kuhn_munkres(&matrix);
    let mut pairs: Vec<(usize, usize)> = assigned
        .into_iter()
        .enumerate()
        .map(|(i, j)| if transposed { (j, i) } else { (i, j) })
        .filter(|&(r, c)| scores[r][c].is_some())
        .collect();
    pairs.sort_unstable();
    pairs
}

/// The allowed pairs and total score of an assignment, to compare two of them.
pub fn assignment_value(scores: &[Vec<Option<u32>>], pairs: &[(usize, usize)]) -> (usize, u64) {
    pairs.iter().fold((0, 0), |(n, total), &(r, c)| match scores[r][c] {
        Some(s) => (n + 1, total + u64::from(s)),
        None => (n, total),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_table_takes_the_best_total() {
        let t = vec![vec![Some(1), Some(2), Some(3)], vec![Some(6), Some(5), Some(4)], vec![Some(1), Some(1), Some(1)]];
        let pairs = best_assignment(&t);
        assert_eq!(assignment_value(&t, &pairs), (3, 10));
        assert_eq!(pairs, vec![(0, 2), (1, 0), (2, 1)]);
    }

    #[test]
    fn more_allowed_pairs_beat_a_higher_score() {
        // Row 0 could take column 0 for 100, but then row 1 has nothing: two pairs of 1 win.
        let t = vec![vec![Some(100), Some(1)], vec![Some(1), None]];
        let pairs = best_assignment(&t);
        assert_eq!(pairs, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn rectangles_both_ways() {
        let wide = vec![vec![Some(1), Some(9), Some(2)]];
        assert_eq!(best_assignment(&wide), vec![(0, 1)]);
        let tall = vec![vec![Some(1)], vec![Some(9)], vec![Some(2)]];
        assert_eq!(best_assignment(&tall), vec![(1, 0)]);
        assert_eq!(best_assignment(&[]), vec![]);
        assert_eq!(best_assignment(&[vec![None]]), vec![]);
    }
}
