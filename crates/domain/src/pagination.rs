//! The one pagination of Strada: a page number from 1 and a page size with a ceiling, so no
//! request can ask for an unbounded list.

use serde::Serialize;

/// Which page of a list a reader asked for, already bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PageRequest {
    number: u32,
    size: u32,
}

/// Why a page request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidPage {
    #[error("page numbers start at 1")]
    Number,
    #[error("a page holds from 1 to {max} items", max = PageRequest::MAX_SIZE)]
    Size,
}

impl PageRequest {
    pub const MAX_SIZE: u32 = 100;
    pub const DEFAULT_SIZE: u32 = 50;

    pub fn new(number: Option<u32>, size: Option<u32>) -> Result<Self, InvalidPage> {
        let number = number.unwrap_or(1);
        let size = size.unwrap_or(Self::DEFAULT_SIZE);
        if number == 0 {
            return Err(InvalidPage::Number);
        }
        if size == 0 || size > Self::MAX_SIZE {
            return Err(InvalidPage::Size);
        }
        Ok(Self { number, size })
    }

    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn size(&self) -> u32 {
        self.size
    }

    /// The page's items out of a whole list.
    pub fn slice<T: Clone>(&self, all: &[T]) -> Page<T> {
        let start = ((self.number - 1) as usize).saturating_mul(self.size as usize);
        let items = all
            .iter()
            .skip(start)
            .take(self.size as usize)
            .cloned()
            .collect();
        Page {
            items,
            total: all.len() as u64,
            page: self.number,
            per_page: self.size,
        }
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            number: 1,
            size: Self::DEFAULT_SIZE,
        }
    }
}

/// One page of a list, with what a reader needs to ask for the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
}

impl<T> Page<T> {
    pub fn total_pages(&self) -> u32 {
        (self.total.div_ceil(u64::from(self.per_page)) as u32).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_enforced() {
        assert_eq!(PageRequest::new(Some(0), None), Err(InvalidPage::Number));
        assert_eq!(PageRequest::new(None, Some(101)), Err(InvalidPage::Size));
        assert_eq!(PageRequest::new(None, Some(0)), Err(InvalidPage::Size));
    }

    #[test]
    fn slices_and_counts_pages() {
        let all: Vec<u32> = (1..=29).collect();
        let page = PageRequest::new(Some(3), Some(10)).unwrap().slice(&all);
        assert_eq!(page.items, vec![21, 22, 23, 24, 25, 26, 27, 28, 29]);
        assert_eq!(page.total_pages(), 3);
        let beyond = PageRequest::new(Some(9), Some(10)).unwrap().slice(&all);
        assert!(beyond.items.is_empty());
    }
}
