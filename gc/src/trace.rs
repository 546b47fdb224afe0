//! The tracing interface: how the marker learns what an object points to.
//!
//! A heap object's `Meta::trace` receives a `Tracer` and calls `Tracer::mark`
//! with every word that may be a reference.  A word is a reference when it
//! points at the start of (or, from conservative roots, into) a live heap
//! object; anything else — tagged small integers, null — is ignored by the
//! marker, so trace functions may pass raw `Value` words without decoding them.
//!
//! A collection's drain may run on several threads (`markers.rs`): each
//! marker has its own `Tracer`, and a trace function is called on one
//! object at a time by the marker that marked it, so it must not write
//! state that another object's trace reads, except atomically.
use std::sync::atomic::Ordering;

use crate::header::{Header, bits};
use crate::heap::{HeapInner, claim_mark_bit, find_in, find_object, note_young, set_mark_bit};
use crate::markers::Local;

/// The marker's work list.  Objects are greyed when first reached and
/// scanned later, so marking deep structures uses no native recursion.
pub struct Tracer<'h> {
    pub(crate) inner: &'h HeapInner,
    pub(crate) grey: Vec<*const Header>,
    /// The object being scanned (for diagnostics).
    pub(crate) parent: *const Header,
    /// `TAIPAN_GC_VERIFY`: check every reference before following it.
    pub(crate) verify: bool,
    /// Verify mode after a minor collection's sweep: `mark` only checks
    /// that the referent is an object (it survived) and old, and aborts if
    /// not (`Heap::verify_old_objects`).
    pub(crate) checking: bool,
    /// While `checking`: the object checked was scanned as a root, so its
    /// referents may be young.
    pub(crate) root_scanned: bool,
    /// A minor collection is tracing an old object on a dirty card (the
    /// remembered set): see `remembered`.
    pub(crate) remembered: bool,
    /// Old objects traced for the remembered set in this collection.
    pub(crate) remembered_count: usize,
    /// In a parallel drain: this marker's deque and the state the markers
    /// share (`markers.rs`); `None` when marking alone.
    pub(crate) par: Option<Local>,
    /// `Heap::referents`: the words a trace function reports are listed,
    /// not marked (with `verify` and `checking` set, so the mark path is
    /// left at its first test).
    pub(crate) listing: Option<Vec<u64>>,
    /// The GC bits `mark` sets on an object it marks: MARK, and AGED when
    /// the object must be old after this collection (docs/GC.md,
    /// "Aging"): in a major collection always; in a minor one while
    /// tracing an object that will be old (an aged or old one: its own
    /// AGED bit, see `drain_up_to`), so that everything an old object
    /// refers to is old too.  `base_bits` outside such a trace.
    pub(crate) set_bits: u64,
    /// `set_bits` for roots: MARK in a minor collection that ages (a
    /// root's referents age as usual), MARK | AGED in one that promotes
    /// every survivor (a major one).
    pub(crate) base_bits: u64,
    /// Verify mode: the objects `scan` traced as roots (the only old
    /// objects allowed to refer to young ones after a collection).
    pub(crate) scanned: Vec<*const Header>,
    /// A minor collection's marking (`quiet` may skip roots).
    pub(crate) minor: bool,
}

impl<'h> Tracer<'h> {
    /// `promote_all`: every survivor is old after the collection (a major
    /// collection, or a minor one that does not age: `Heap::aging_now`).
    pub(crate) fn new(inner: &'h HeapInner, verify: bool, promote_all: bool) -> Tracer<'h> {
        let base_bits = if promote_all {
            bits::MARK | bits::AGED
        } else {
            bits::MARK
        };
        Tracer {
            inner,
            grey: Vec::with_capacity(1024),
            parent: std::ptr::null(),
            verify,
            checking: false,
            root_scanned: false,
            remembered: false,
            remembered_count: 0,
            par: None,
            listing: None,
            set_bits: base_bits,
            base_bits,
            scanned: Vec::new(),
            minor: false,
        }
    }

    /// Whether this collection may skip the roots that the thread of `m`
    /// keeps (its interpreter frames and handles; the collector skips its
    /// native stack's words itself): the collection is minor, and the
    /// thread has been in a safe region, where those roots do not change,
    /// since before the last `QUIET` collections, which left everything
    /// they lead to old (docs/GC.md, "Many threads", quiet threads).
    pub fn quiet(&self, m: &crate::Mutator) -> bool {
        self.quiet_state(&m.state)
    }

    pub(crate) fn quiet_state(&self, ms: &crate::heap::MutatorState) -> bool {
        self.minor
            && ms.status.load(Ordering::SeqCst) == crate::safepoint::SAFE
            && ms.safe_noted.load(Ordering::SeqCst)
            && ms.quiet.load(Ordering::Relaxed) >= crate::heap::QUIET
    }

    /// Marks the object at `word` if `word` is an exact pointer to a heap object.
    ///
    /// Words that are not object pointers (tagged integers, null) are ignored.
    /// Always inlined (into the interpreter's trace functions too): with
    /// plain `#[inline]`, the parallel drain's branch made LLVM call it out
    /// of line, 15% more instructions in the collections of
    /// `binary_trees.py 15` (callgrind).
    #[inline(always)]
    pub fn mark(&mut self, word: u64) {
        if self.verify && !self.mark_verify(word) {
            return;
        }
        if word == 0 || word & 7 != 0 {
            return;
        }
        let h = word as *const Header;
        // SAFETY: trace functions only report words stored in reference fields;
        // a non-zero, 8-aligned word in a reference field points at a live
        // object header (objects are non-moving and reachable objects are never
        // freed), which the heap owner guarantees by the rooting rule.
        let hdr = unsafe { &*h };
        let w = hdr.word.load(Ordering::Relaxed);
        if w & bits::MARK == 0 {
            if self.par.is_some() {
                self.mark_shared(h, w);
                return;
            }
            if w & bits::LARGE == 0 {
                let new = w | self.set_bits;
                hdr.word.store(new, Ordering::Relaxed);
                set_mark_bit(h);
                if new & bits::AGED == 0 {
                    note_young(h);
                }
            } else {
                // A large object is old once it survives.
                hdr.word
                    .store(w | bits::MARK | bits::AGED, Ordering::Relaxed);
            }
            self.grey.push(h);
        } else if w & bits::AGED == 0 && self.set_bits & bits::AGED != 0 {
            // An object that will be old refers to one marked young in
            // this collection: that one is promoted too, and traced again
            // so that what it refers to is.  (Old objects have AGED: the
            // common case is two tests of `w`.)
            self.promote_marked(h);
        }
    }

    /// `mark` of an object that is marked but not AGED, from the trace of
    /// one that will be old: sets AGED (the object will be old too) and
    /// greys it again (its referents must be promoted as well; it was, or
    /// will be, traced as young).  At most once per object and collection.
    #[inline(never)]
    fn promote_marked(&mut self, h: *const Header) {
        // SAFETY: as in `mark`.
        let hdr = unsafe { &*h };
        if self.par.is_some() {
            // Another marker may set AGED at the same time; the claimer's
            // plain store is done (MARK shows).
            if hdr.word.fetch_or(bits::AGED, Ordering::Relaxed) & bits::AGED != 0 {
                return;
            }
        } else {
            hdr.set_word_bits(bits::AGED);
        }
        self.grey.push(h);
    }

    /// `mark` in a parallel drain, for an object whose header word `w`
    /// had no MARK bit: one atomic read-modify-write claims the object,
    /// and only the marker that claimed it greys it (so each object is
    /// traced once, or twice when it is promoted after it was traced
    /// young: `promote_marked`).  A small object is claimed by its block's
    /// mark bit (set exactly when MARK is, outside the marking), and its
    /// GC bits are then stored plainly: no other marker writes the word
    /// before MARK shows in it, since a marker that lost the claim and
    /// must promote the object waits for that before it adds AGED with an
    /// atomic read-modify-write.  A large object is claimed by its MARK
    /// bit.  Out of line, so that `mark`, inlined into every trace
    /// function, stays as small as it was.
    #[inline(never)]
    fn mark_shared(&mut self, h: *const Header, w: u64) {
        // SAFETY: as in `mark`.
        let hdr = unsafe { &*h };
        let add = self.set_bits | (w & bits::LARGE) << 1;
        if w & bits::LARGE == 0 {
            if claim_mark_bit(h) {
                // The claim makes this marker the only writer of the word
                // until MARK shows in it (`promote_marked` waits for that).
                hdr.word.store(w | add, Ordering::Relaxed);
                self.grey.push(h);
                if (w | add) & bits::AGED == 0 {
                    note_young(h);
                }
            } else if self.set_bits != self.base_bits {
                // Claimed by another marker, perhaps as young: this
                // marker's object will be old, so it must be too.  The
                // claimer stores the word plainly: wait for its store.
                let mut spins = 0u32;
                while hdr.word.load(Ordering::Relaxed) & bits::MARK == 0 {
                    spins += 1;
                    if spins < 64 {
                        std::hint::spin_loop();
                    } else {
                        std::thread::yield_now();
                    }
                }
                self.promote_marked(h);
            }
        } else if hdr.word.fetch_or(add, Ordering::Relaxed) & bits::MARK == 0 {
            self.grey.push(h);
        }
    }

    /// `mark` in verify mode (and in `Heap::referents`): lists the word,
    /// or checks it; returns whether `mark` goes on to mark it.
    #[cold]
    #[inline(never)]
    fn mark_verify(&mut self, word: u64) -> bool {
        if let Some(l) = &mut self.listing {
            if word != 0 {
                l.push(word);
            }
            return false;
        }
        if word == 0 || word & 7 != 0 {
            return false;
        }
        self.verify_ref(word);
        if self.checking {
            self.check_marked(word);
            return false;
        }
        true
    }

    /// Aborts with a diagnostic unless `word` is the address of an object
    /// (the start of a cell that holds one, or of a large object).
    #[cold]
    fn verify_ref(&self, word: u64) {
        let found = find_object(self.inner, word as usize);
        // SAFETY: find_object found an object at `word`.
        let large_bit = || unsafe {
            (*(word as *const Header)).word.load(Ordering::Relaxed) & bits::LARGE != 0
        };
        if !found.is_some_and(|(h, large)| h == word as *const Header && large == large_bit()) {
            let kind = if self.parent.is_null() {
                u32::MAX
            } else {
                // SAFETY: the parent is the live object being scanned.
                unsafe { (*(*self.parent).meta).kind }
            };
            eprintln!(
                "TAIPAN_GC_VERIFY: {word:#x} is not an object; found in {:?} (kind {kind}, u32::MAX = a root)",
                self.parent
            );
            std::process::abort();
        }
    }

    /// The generational check (verify mode, after a minor collection's
    /// sweep): the old object being checked refers to `word`, an object
    /// (`verify_ref` aborts on a freed cell: a store the collection missed),
    /// which must be old too unless the holder is a root
    /// (`root_scanned`): the next minor collection would not look into
    /// the holder, its card clean, and would free `word`.
    #[cold]
    fn check_marked(&self, word: u64) {
        // SAFETY: verify_ref checked that `word` is an object.
        let h = unsafe { &*(word as *const Header) };
        if !self.root_scanned && !h.is_marked() {
            // SAFETY: the parent is the live (old) object being checked, and
            // `h` an object (checked above).
            let (pk, ck) = unsafe { ((*(*self.parent).meta).kind, (*h.meta).kind) };
            eprintln!(
                "TAIPAN_GC_VERIFY: old object {:?} (kind {pk}) refers to the young object \
                 {word:#x} (kind {ck}) after a minor collection (a store without the write \
                 barrier, or a referent of an old object not promoted)",
                self.parent
            );
            std::process::abort();
        }
    }

    /// Traces the contents of `h` now, as a root, even if it is already
    /// marked: a root whose fields are written without the barrier (the
    /// interpreter's running frames), so every collection must scan it.
    /// Marks `h` first if it is not marked.  What it refers to is marked
    /// as a root's referents are (young ones age, they are not promoted,
    /// even if `h` is old: `h` is scanned again at the next collection, or
    /// card-marked when it stops being a root; docs/GC.md, "Aging").
    /// So an object scanned as a root must not be greyed through another
    /// reference first (it would be traced as an old object, promoting
    /// its referents): scan a chain of frames linked through `back` from
    /// its oldest frame, whose link is null, up.
    /// `word` is a reference as for `mark` (null and tagged words are
    /// ignored).  Only for roots (the root function, which runs on the
    /// collector thread before the drain): from a trace function in a
    /// parallel drain, two markers could trace `h` at once.
    pub fn scan(&mut self, word: u64) {
        debug_assert!(self.par.is_none(), "Tracer::scan in a parallel drain");
        if word == 0 || word & 7 != 0 {
            return;
        }
        let h = word as *const Header;
        if self.verify {
            self.verify_ref(word);
            self.scanned.push(h);
        }
        // SAFETY: as in `mark`: a non-zero, 8-aligned word reported by a
        // trace function or a root is the address of a live object.
        let hdr = unsafe { &*h };
        let w = hdr.word.load(Ordering::Relaxed);
        if w & bits::MARK == 0 {
            hdr.word.store(
                w | self.base_bits | (w & bits::LARGE) << 1,
                Ordering::Relaxed,
            );
            if w & bits::LARGE == 0 {
                set_mark_bit(h);
            }
            if (self.base_bits | w) & (bits::AGED | bits::LARGE) == 0 {
                note_young(h);
            }
        }
        let (parent, set_bits) = (self.parent, self.set_bits);
        self.parent = h;
        self.set_bits = self.base_bits;
        // SAFETY: `h` is a live, initialised object (above).
        unsafe { ((*hdr.meta).trace)(h, self) };
        (self.parent, self.set_bits) = (parent, set_bits);
    }

    /// Whether the object being traced is an old object that a minor
    /// collection scans because it lies on a dirty card.  Its references
    /// that were already there when the object was last traced lead to old
    /// objects (that trace marked them), so a trace function may skip them
    /// if it knows which they are: a list or dict reports only the elements
    /// written since (`SharedVec::gc_elements`).  False for every other
    /// trace: young objects, roots, major collections.
    #[inline]
    pub fn remembered(&self) -> bool {
        self.remembered
    }

    /// Whether this trace only checks (`TAIPAN_GC_VERIFY`, after a minor
    /// collection's marking: every reference of every old object must lead
    /// to a marked object).  A trace function must then report every
    /// reference and change nothing.
    #[inline]
    pub fn verifying(&self) -> bool {
        self.checking
    }

    /// Traces the old object `h` at once, as an entry of the remembered set
    /// (`remembered` is true during its trace function); its referents are
    /// marked and greyed as usual.
    pub(crate) fn trace_remembered(&mut self, h: *const Header) {
        if self.verify {
            self.verify_ref(h as u64);
        }
        self.parent = h;
        self.remembered = true;
        self.remembered_count += 1;
        // An old object: what it refers to must be old.
        self.set_bits = bits::MARK | bits::AGED;
        // SAFETY: `h` is an old object (live bit set or MARK set on a large
        // object) found by the card scan: initialised and not freed.
        unsafe { ((*(*h).meta).trace)(h, self) };
        self.set_bits = self.base_bits;
        self.remembered = false;
        self.parent = std::ptr::null();
    }

    /// Marks whatever heap object `word` points into, if any (conservative roots).
    pub fn mark_conservative(&mut self, word: u64) {
        if let Some(h) = find_in(self.inner, word as usize) {
            self.mark(h as u64);
        }
    }

    /// `set_bits` while tracing the grey object `h`: an object that will be
    /// old after this collection (its AGED bit: an aged or old object, or
    /// one promoted in it) promotes what it refers to.
    ///
    /// # Safety
    /// `h` is a live object.
    #[inline(always)]
    pub(crate) unsafe fn bits_for(&self, h: *const Header) -> u64 {
        // SAFETY: the caller's contract.
        self.base_bits | unsafe { (*h).word.load(Ordering::Relaxed) } & bits::AGED
    }

    /// Traces grey objects until none is left.
    pub(crate) fn drain(&mut self) {
        self.drain_up_to(usize::MAX);
    }

    /// Traces grey objects until none is left (returns true) or `budget`
    /// objects were traced (returns whether none is left).
    pub(crate) fn drain_up_to(&mut self, budget: usize) -> bool {
        debug_assert!(self.par.is_none(), "a lone drain inside a parallel one");
        let mut traced = 0;
        while traced < budget {
            let Some(h) = self.grey.pop() else {
                self.set_bits = self.base_bits;
                return true;
            };
            self.parent = h;
            // SAFETY: only live, initialised objects are pushed on the grey list;
            // their meta is valid for as long as the object is.
            unsafe {
                self.set_bits = self.bits_for(h);
                let meta = (*h).meta;
                ((*meta).trace)(h, self);
            }
            traced += 1;
        }
        self.set_bits = self.base_bits;
        self.grey.is_empty()
    }
}

/// Types whose values can hold references into the heap.
///
/// # Safety
/// `trace` must report every heap reference the value holds; a missed
/// reference lets the collector free a live object.
pub unsafe trait Trace {
    fn trace(&self, t: &mut Tracer);
}
