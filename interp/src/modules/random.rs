//! `_random`: the Mersenne Twister core behind `lib/random.py`.
//!
//! The generator is MT19937 (Matsumoto and Nishimura, "Mersenne Twister: a
//! 623-dimensionally equidistributed uniform pseudo-random number
//! generator", 1998) with the reference `init_genrand`/`init_by_array`
//! seeding.  CPython seeds it from an int by splitting `abs(seed)` into
//! 32-bit words, least significant first, and calling `init_by_array` on
//! them; `random()` builds a 53-bit double from two outputs; `getrandbits(k)`
//! fills 32-bit words least significant first.  Doing the same here makes
//! `random.seed(1); random.random()` give CPython's numbers bit for bit.
//!
//! The state lives in a `PyCell` inside a `Kind::Native` object of type
//! `_random.Random`.  That type is not subclassable (its instances have no
//! dict); `random.Random` in `lib/random.py` wraps one by composition.  The
//! methods are method descriptors of that type, so `self` is always one of
//! its instances; `state_of` still checks it before trusting the layout.
use std::time::{SystemTime, UNIX_EPOCH};

use gc::Tracer;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::layout::{Gc, Kind, PyCell, PyPayload, make_permanent, meta_for};
use crate::objects::function::Binding;
use crate::objects::module::Module;
use crate::objects::type_::{TypeObj, new_builtin_type, set_attr_str, type_of};
use crate::objects::{add_fn, add_methods, dict};
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

// --- The generator ---

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: 624 words and the index of the next word to temper.
pub struct Mt {
    mt: Box<[u32; N]>,
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            mt: Box::new([0; N]),
            index: N + 1,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let len = key.len().max(1);
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(len) {
            let prev = self.mt[i - 1];
            let kj = key.get(j).copied().unwrap_or(0);
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(kj)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
            self.mt[kk] = self.mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
            self.mt[kk] = self.mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (self.mt[N - 1] & UPPER_MASK) | (self.mt[0] & LOWER_MASK);
        self.mt[N - 1] = self.mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A double in [0, 1) with 53 random bits (CPython's `random_random`).
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

// --- The `_random.Random` type ---

pub struct MtRandom {
    state: PyCell<Mt>,
}

impl PyPayload for MtRandom {
    const KIND: Kind = Kind::Native;
    fn trace(&self, _t: &mut Tracer) {}
}

/// The generator of `self`.  Method descriptors already check `self`
/// against the owning type; this re-checks the layout before trusting it.
fn state_of(th: &Thread, v: Value) -> PyResult<Gc<MtRandom>> {
    let ok = v.is_kind(Kind::Native) && type_of(v).name() == "Random" && {
        let m = type_of(v).module.borrow().clone();
        m == "_random"
    };
    if !ok {
        return Err(th.type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            crate::objects::type_::type_name(v)
        )));
    }
    Ok(v.as_gc_unchecked::<MtRandom>())
}

/// Seeds from an int the way CPython does: `init_by_array` over the 32-bit
/// words of `abs(n)`.
fn seed_from_bigint(mt: &mut Mt, n: &BigInt) {
    let words = n.abs().to_u32_digits().1;
    if words.is_empty() {
        mt.init_by_array(&[0]);
    } else {
        mt.init_by_array(&words);
    }
}

fn seed_from_entropy(mt: &mut Mt) {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let local = 0u8;
    let addr = &local as *const u8 as usize as u64;
    let pid = std::process::id();
    let key = [
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        addr as u32,
        (addr >> 32) as u32,
        pid,
    ];
    mt.init_by_array(&key);
}

/// `seed(n)`: ints (and bools) by value; None from the clock; any other
/// hashable by its hash taken as an unsigned machine word (CPython's C
/// `random_seed`).
fn do_seed(th: &Thread, r: Gc<MtRandom>, arg: Option<Value>) -> PyResult<()> {
    match arg {
        None => seed_from_entropy(&mut r.state.borrow_mut()),
        Some(v) if v == g().none => seed_from_entropy(&mut r.state.borrow_mut()),
        Some(v) => {
            let n = match crate::objects::int::to_bigint(v) {
                Some(b) => b,
                None => {
                    let h = crate::ops::hash(th, v)?;
                    BigInt::from(h as u64)
                }
            };
            seed_from_bigint(&mut r.state.borrow_mut(), &n);
        }
    }
    Ok(())
}

fn random_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a
        .pos
        .first()
        .and_then(|c| c.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("Random.__new__(X): X is not a type object".into()))?;
    if a.pos.len() > 2 {
        return Err(th.type_error("Random() expected at most 1 argument, got 2".into()));
    }
    let r = th.alloc(
        cls,
        MtRandom {
            state: PyCell::new(Mt::new()),
        },
    );
    do_seed(th, r, a.pos.get(1).copied())?;
    Ok(r.value())
}

fn random_random(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "random", 1, 1)?;
    let r = state_of(th, a.pos[0])?;
    let f = r.state.borrow_mut().next_f64();
    Ok(th.new_float(f))
}

fn random_seed(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "seed", 1, 2)?;
    let r = state_of(th, a.pos[0])?;
    do_seed(th, r, a.pos.get(1).copied())?;
    Ok(g().none)
}

fn random_getrandbits(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getrandbits", 2, 2)?;
    let r = state_of(th, a.pos[0])?;
    let k = match crate::objects::int::to_bigint(a.pos[1]) {
        Some(b) => b,
        None => {
            return Err(th.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::type_::type_name(a.pos[1])
            )));
        }
    };
    if k.is_negative() {
        return Err(th.value_error("number of bits must be non-negative".into()));
    }
    let k = match k.to_u64() {
        Some(k) if k <= (1u64 << 35) => k,
        _ => return Err(th.overflow_error("getrandbits: number of bits too large".into())),
    };
    if k == 0 {
        return Ok(th.new_int(0));
    }
    if k <= 32 {
        let v = r.state.borrow_mut().next_u32() >> (32 - k);
        return Ok(th.new_int(v as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::new();
    if out.try_reserve_exact(words).is_err() {
        return Err(th.memory_error());
    }
    {
        let mut st = r.state.borrow_mut();
        let mut left = k;
        for _ in 0..words {
            let mut w = st.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            out.push(w);
            left = left.saturating_sub(32);
        }
    }
    Ok(th.new_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

/// `getstate()`: a tuple of the 624 state words and the index.
fn random_getstate(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getstate", 1, 1)?;
    let r = state_of(th, a.pos[0])?;
    let (words, index) = {
        let st = r.state.borrow();
        (st.mt.to_vec(), st.index)
    };
    // Words above 2**62 are big ints: allocate them into a rooted list.
    let tv = crate::runtime::TempVec::new(th);
    for w in words {
        tv.push(th.new_int(w as i64));
    }
    tv.push(th.new_int(index as i64));
    Ok(th.new_tuple(tv.to_vec()))
}

fn random_setstate(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "setstate", 2, 2)?;
    let r = state_of(th, a.pos[0])?;
    let items = match a.pos[1].downcast::<crate::objects::tuple::Tuple>() {
        Some(t) => t.items().to_vec(),
        None => return Err(th.type_error("state vector must be a tuple".into())),
    };
    if items.len() != N + 1 {
        return Err(th.value_error("state vector is the wrong size".into()));
    }
    let mut mt = Box::new([0u32; N]);
    for (i, v) in items.iter().take(N).enumerate() {
        let b = crate::objects::int::to_bigint(*v)
            .ok_or_else(|| th.type_error("state vector items must be integers".into()))?;
        mt[i] = b.to_u32().ok_or_else(|| {
            th.overflow_error("Python int too large to convert to C unsigned long".into())
        })?;
    }
    let idx = crate::objects::int::to_bigint(items[N])
        .and_then(|b| b.to_i64())
        .ok_or_else(|| th.type_error("state vector items must be integers".into()))?;
    if idx < 0 || idx > N as i64 {
        return Err(th.value_error("invalid state".into()));
    }
    let mut st = r.state.borrow_mut();
    st.mt = mt;
    st.index = idx as usize;
    Ok(g().none)
}

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let t = new_builtin_type(
        th,
        "Random",
        Some(types().object),
        meta_for::<MtRandom>(),
        false,
    );
    make_permanent(t);
    *t.module.borrow_mut() = "_random".into();
    *t.qualname.borrow_mut() = "Random".into();
    add_fn(th, t, "Random", "__new__", random_new, Binding::Static);
    add_methods(
        th,
        t,
        "Random",
        &[
            ("random", random_random),
            ("seed", random_seed),
            ("getrandbits", random_getrandbits),
            ("getstate", random_getstate),
            ("setstate", random_setstate),
        ],
    );
    let k = th.new_str("_random");
    set_attr_str(th, t, "__module__", k);
    dict::set_item_str(th, m.dict, th.intern_static("Random"), t.value());
    Ok(())
}
