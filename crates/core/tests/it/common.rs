//! What the core's integration tests share: the demo network and its cycles.

use mobility_desk_core::cycle::cycles::CycleQuery;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::Store;

/// The demo network in memory.
pub fn demo() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    s
}

/// The id of the demo's cycle of this programme shape.
pub fn cycle_of(s: &Store, shape: Shape) -> i64 {
    s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == shape).unwrap().id
}
