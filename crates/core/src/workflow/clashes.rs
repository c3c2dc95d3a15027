//! Deciding a clash between desks, and what follows from the decision in the layers above the
//! team log: a ballot kept changes the vote's winner, and so its draft grant.

use crate::platform::error::Result;
use crate::platform::store::Store;

impl Store {
    /// Decide a clash: keep one desk's version, or what stands now (`keep: None`); see
    /// `decide_clash` in `team`. The draft grant of a vote the decision touched is recomputed,
    /// and the whole is sealed as this desk's entry.
    pub fn resolve_clash(&mut self, subject: &str, keep: Option<(&str, i64)>, note: &str) -> Result<()> {
        if let Some(cycle) = self.decide_clash(subject, keep, note)? {
            self.recompute_drafts(cycle)?;
        }
        self.seal()?;
        Ok(())
    }
}
