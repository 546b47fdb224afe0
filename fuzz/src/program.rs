//! A grammar-based generator of small Python programs, driven by the
//! fuzzer's bytes (`arbitrary::Unstructured`): expressions and statements
//! over int, float, str, list, dict and tuple, with functions, classes,
//! exceptions, generators and comprehensions.
//!
//! Every program's output is deterministic under CPython, so that any
//! difference with Taipan is a finding:
//! * no sets, no `id()`, no `hash()`, no `is` except `is None` (hash order
//!   and small-int/str interning are implementation details);
//! * values are printed through `show`, which replaces the ` at 0x...`
//!   addresses of default reprs (functions, generators) and cuts long reprs;
//! * loops iterate over `_take(x)`, at most six items of any iterable, and
//!   functions only call functions defined before them (no unbounded
//!   recursion, whose depth of output would depend on the stack);
//! * each top-level statement runs in its own `try`, printing the type of
//!   an exception that escapes it, so a program goes on after an error.
//! Exponents and shifts are small literals; other blow-ups (a loop squaring
//! an int) are cut by the differential oracle's time limit.
use arbitrary::{Result, Unstructured};

/// Helpers every program starts with.
pub const PRELUDE: &str = r#"def _r(x):
    s = repr(x)
    i = s.find(" at 0x")
    while i >= 0:
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + " at 0x?" + s[j:]
        i = s.find(" at 0x", i + 7)
    return s if len(s) <= 300 else s[:300] + "..."
def show(*a):
    print(*[_r(x) for x in a])
def _take(x):
    return [y for _, y in zip(range(6), x)]
v0 = 3
v1 = 2.5
v2 = 'ab'
v3 = [1, 2, 'c']
v4 = {'a': 1, 2: 'b'}
v5 = (1, 'x', 2.0)
"#;

const VARS: usize = 6;
const MAX_DEPTH: usize = 4;

struct Gen<'a, 'b> {
    u: &'a mut Unstructured<'b>,
    out: String,
    indent: usize,
    /// Functions defined so far: (name, number of parameters).
    funcs: Vec<(String, usize)>,
    /// Generator functions defined so far (one parameter).
    gens: Vec<String>,
    /// Classes defined so far (constructor takes one argument).
    classes: Vec<String>,
    /// Exception classes defined so far.
    excs: Vec<String>,
    /// Names bound in the current function (its parameters), if in one.
    locals: Vec<String>,
    in_loop: bool,
    in_func: bool,
    counter: usize,
}

/// The program for `u`'s bytes (PRELUDE included).
pub fn generate(u: &mut Unstructured) -> Result<String> {
    let mut g = Gen {
        u,
        out: String::from(PRELUDE),
        indent: 0,
        funcs: Vec::new(),
        gens: Vec::new(),
        classes: Vec::new(),
        excs: Vec::new(),
        locals: Vec::new(),
        in_loop: false,
        in_func: false,
        counter: 0,
    };
    let n = g.u.int_in_range(1..=24)?;
    for _ in 0..n {
        if g.u.is_empty() {
            break;
        }
        g.top_stmt()?;
    }
    g.line("try:");
    g.line("    show(v0, v1, v2, v3, v4, v5)");
    g.line("except Exception as e:");
    g.line("    print('EXC', type(e).__name__)");
    Ok(g.out)
}

impl Gen<'_, '_> {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("{prefix}{}", self.counter)
    }

    fn pick<'s>(&mut self, items: &'s [&'s str]) -> Result<&'s str> {
        Ok(items[self.u.choose_index(items.len())?])
    }

    // --- Statements ---

    fn top_stmt(&mut self) -> Result<()> {
        match self.u.int_in_range(0..=9)? {
            0 => self.def_function(),
            1 => self.def_generator(),
            2 => self.def_class(),
            3 => self.def_exception(),
            _ => {
                self.line("try:");
                self.indent += 1;
                self.stmt(0)?;
                self.indent -= 1;
                self.line("except Exception as e:");
                self.line("    print('EXC', type(e).__name__)");
                Ok(())
            }
        }
    }

    fn block(&mut self, depth: usize) -> Result<()> {
        self.indent += 1;
        let n = self.u.int_in_range(1..=3)?;
        for _ in 0..n {
            self.stmt(depth + 1)?;
        }
        self.indent -= 1;
        Ok(())
    }

    fn target(&mut self) -> Result<String> {
        if self.in_func && !self.locals.is_empty() && self.u.ratio(1, 2)? {
            let i = self.u.choose_index(self.locals.len())?;
            return Ok(self.locals[i].clone());
        }
        Ok(format!("v{}", self.u.choose_index(VARS)?))
    }

    fn stmt(&mut self, depth: usize) -> Result<()> {
        let simple = depth >= 3;
        let k = self.u.int_in_range(0..=if simple { 7 } else { 14 })?;
        match k {
            0 | 1 => {
                let e = self.expr(0)?;
                self.line(&format!("show({e})"));
            }
            2 => {
                let t = self.target()?;
                let e = self.expr(0)?;
                self.line(&format!("{t} = {e}"));
            }
            3 => {
                let t = self.target()?;
                let op = self.pick(&["+=", "-=", "*=", "//=", "%=", "/=", "&=", "|="])?;
                let e = self.expr(1)?;
                self.line(&format!("{t} {op} {e}"));
            }
            4 => {
                // Subscript store / delete.
                let t = self.target()?;
                let k = self.expr(2)?;
                if self.u.ratio(1, 3)? {
                    self.line(&format!("del {t}[{k}]"));
                } else {
                    let e = self.expr(1)?;
                    self.line(&format!("{t}[{k}] = {e}"));
                }
            }
            5 => {
                // A method call for its side effect.
                let t = self.target()?;
                let m = self.pick(&[
                    "append",
                    "extend",
                    "insert",
                    "pop",
                    "remove",
                    "sort",
                    "reverse",
                    "clear",
                    "update",
                    "setdefault",
                    "popitem",
                ])?;
                let args = self.args(0, 2)?;
                self.line(&format!("{t}.{m}({args})"));
            }
            6 => {
                let (a, b) = (self.target()?, self.target()?);
                self.line(&format!("{a}, {b} = {b}, {a}"));
            }
            7 => {
                if self.in_func && self.u.ratio(1, 2)? {
                    let e = self.expr(0)?;
                    self.line(&format!("return {e}"));
                } else if self.in_loop && self.u.ratio(1, 2)? {
                    let s = self.pick(&["break", "continue"])?;
                    self.line(s);
                } else {
                    let e = self.expr(1)?;
                    self.line(&format!("assert {e}"));
                }
            }
            8 => {
                let c = self.expr(0)?;
                self.line(&format!("if {c}:"));
                self.block(depth)?;
                if self.u.ratio(1, 2)? {
                    let c = self.expr(1)?;
                    self.line(&format!("elif {c}:"));
                    self.block(depth)?;
                }
                if self.u.ratio(1, 2)? {
                    self.line("else:");
                    self.block(depth)?;
                }
            }
            9 => {
                let t = self.target()?;
                let e = self.expr(1)?;
                self.line(&format!("for {t} in _take({e}):"));
                let was = std::mem::replace(&mut self.in_loop, true);
                self.block(depth)?;
                self.in_loop = was;
                if self.u.ratio(1, 4)? {
                    self.line("else:");
                    self.block(depth)?;
                }
            }
            10 => {
                let c = self.fresh("_n");
                self.line(&format!("{c} = 0"));
                let cond = self.expr(2)?;
                self.line(&format!("while {c} < 4 and ({cond}):"));
                self.indent += 1;
                self.line(&format!("{c} += 1"));
                self.indent -= 1;
                let was = std::mem::replace(&mut self.in_loop, true);
                self.block(depth)?;
                self.in_loop = was;
            }
            11 => {
                self.line("try:");
                self.block(depth)?;
                let n = self.u.int_in_range(0..=2)?;
                for _ in 0..n {
                    let t = self.exc_type()?;
                    if self.u.ratio(1, 2)? {
                        self.line(&format!("except {t} as e:"));
                        self.indent += 1;
                        self.line("print('caught', type(e).__name__, len(e.args))");
                        self.indent -= 1;
                    } else {
                        self.line(&format!("except {t}:"));
                    }
                    self.block(depth)?;
                }
                if n > 0 && self.u.ratio(1, 3)? {
                    self.line("else:");
                    self.block(depth)?;
                }
                if n == 0 || self.u.ratio(1, 3)? {
                    self.line("finally:");
                    self.block(depth)?;
                }
            }
            12 => {
                let t = self.raisable()?;
                let e = self.expr(2)?;
                if self.u.ratio(1, 4)? {
                    let t2 = self.raisable()?;
                    self.line(&format!("raise {t}({e}) from {t2}()"));
                } else {
                    self.line(&format!("raise {t}({e})"));
                }
            }
            13 => {
                // with a context manager class written inline would be long;
                // nested try/finally around a print instead.
                let e = self.expr(1)?;
                self.line("try:");
                self.indent += 1;
                self.line(&format!("show({e})"));
                self.indent -= 1;
                self.line("finally:");
                self.indent += 1;
                self.line("print('finally')");
                self.indent -= 1;
            }
            _ => {
                let t = self.target()?;
                self.line(&format!("del {t}"));
                let e = self.expr(1)?;
                self.line(&format!("{t} = {e}"));
            }
        }
        Ok(())
    }

    fn exc_type(&mut self) -> Result<String> {
        if !self.excs.is_empty() && self.u.ratio(1, 3)? {
            let i = self.u.choose_index(self.excs.len())?;
            return Ok(self.excs[i].clone());
        }
        Ok(self
            .pick(&[
                "Exception",
                "ValueError",
                "TypeError",
                "KeyError",
                "IndexError",
                "LookupError",
                "ArithmeticError",
                "ZeroDivisionError",
                "AttributeError",
                "NameError",
                "(TypeError, ValueError)",
                "StopIteration",
                "AssertionError",
                "RuntimeError",
            ])?
            .to_string())
    }

    fn raisable(&mut self) -> Result<String> {
        if !self.excs.is_empty() && self.u.ratio(1, 2)? {
            let i = self.u.choose_index(self.excs.len())?;
            return Ok(self.excs[i].clone());
        }
        Ok(self
            .pick(&[
                "ValueError",
                "TypeError",
                "KeyError",
                "RuntimeError",
                "Exception",
            ])?
            .to_string())
    }

    fn with_function<T>(
        &mut self,
        params: Vec<String>,
        f: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<T> {
        let locals = std::mem::replace(&mut self.locals, params);
        let in_func = std::mem::replace(&mut self.in_func, true);
        let in_loop = std::mem::replace(&mut self.in_loop, false);
        self.indent += 1;
        let r = f(self);
        self.indent -= 1;
        self.locals = locals;
        self.in_func = in_func;
        self.in_loop = in_loop;
        r
    }

    fn def_function(&mut self) -> Result<()> {
        let name = self.fresh("f");
        let arity = self.u.int_in_range(0..=3)?;
        let params: Vec<String> = (0..arity).map(|i| format!("a{i}")).collect();
        let mut sig = params.clone();
        if arity > 0 && self.u.ratio(1, 3)? {
            let d = self.literal()?;
            let last = sig.last_mut().expect("arity > 0");
            *last = format!("{last}={d}");
        }
        if self.u.ratio(1, 4)? {
            sig.push("*rest".into());
        }
        self.line(&format!("def {name}({}):", sig.join(", ")));
        self.with_function(params, |g| {
            let n = g.u.int_in_range(0..=3)?;
            for _ in 0..n {
                g.stmt(1)?;
            }
            let e = g.expr(0)?;
            g.line(&format!("return {e}"));
            Ok(())
        })?;
        self.funcs.push((name, arity));
        Ok(())
    }

    fn def_generator(&mut self) -> Result<()> {
        let name = self.fresh("g");
        self.line(&format!("def {name}(a0):"));
        self.with_function(vec!["a0".into(), "i".into()], |g| {
            g.line("for i in _take(a0):");
            g.indent += 1;
            g.in_loop = true;
            let n = g.u.int_in_range(0..=2)?;
            for _ in 0..n {
                g.stmt(2)?;
            }
            let e = g.expr(1)?;
            g.line(&format!("yield {e}"));
            g.in_loop = false;
            g.indent -= 1;
            if g.u.ratio(1, 2)? {
                let e = g.expr(1)?;
                g.line(&format!("return {e}"));
            }
            Ok(())
        })?;
        self.gens.push(name);
        Ok(())
    }

    fn def_class(&mut self) -> Result<()> {
        let name = self.fresh("C");
        let base = if !self.classes.is_empty() && self.u.ratio(1, 3)? {
            let i = self.u.choose_index(self.classes.len())?;
            format!("({})", self.classes[i])
        } else {
            String::new()
        };
        self.line(&format!("class {name}{base}:"));
        self.indent += 1;
        let attr = self.literal()?;
        self.line(&format!("k = {attr}"));
        self.line("def __init__(self, x):");
        self.line("    self.x = x");
        self.line("def __repr__(self):");
        self.line(&format!("    return '{name}(%r)' % (self.x,)"));
        self.indent -= 1;
        let dunders: &[(&str, &str)] = &[
            ("m", "self, y"),
            ("__eq__", "self, y"),
            ("__lt__", "self, y"),
            ("__add__", "self, y"),
            ("__len__", "self"),
            ("__bool__", "self"),
            ("__getitem__", "self, y"),
            ("__iter__", "self"),
            ("__contains__", "self, y"),
            ("__call__", "self, y"),
            ("__getattr__", "self, y"),
        ];
        let n = self.u.int_in_range(0..=3)?;
        for _ in 0..n {
            let (m, params) = dunders[self.u.choose_index(dunders.len())?];
            self.indent += 1;
            self.line(&format!("def {m}({params}):"));
            let names: Vec<String> = params.split(", ").map(str::to_string).collect();
            self.with_function(names, |g| {
                if m == "__getattr__" {
                    // Only names that start with 'z' exist: others must
                    // raise AttributeError (or repr/print would recurse).
                    g.line("if not y.startswith('z'):");
                    g.line("    raise AttributeError(y)");
                }
                let e = g.expr(1)?;
                let e = match m {
                    "__len__" => format!("len(_take([{e}]))"),
                    "__bool__" => format!("bool({e})"),
                    "__iter__" => format!("iter(_take([self.x, {e}]))"),
                    _ => e,
                };
                g.line(&format!("return {e}"));
                Ok(())
            })?;
            self.indent -= 1;
        }
        self.classes.push(name);
        Ok(())
    }

    fn def_exception(&mut self) -> Result<()> {
        let name = self.fresh("E");
        let base = if !self.excs.is_empty() && self.u.ratio(1, 2)? {
            let i = self.u.choose_index(self.excs.len())?;
            self.excs[i].clone()
        } else {
            self.pick(&["Exception", "ValueError", "KeyError", "ArithmeticError"])?
                .to_string()
        };
        self.line(&format!("class {name}({base}):"));
        self.line("    pass");
        self.excs.push(name);
        Ok(())
    }

    // --- Expressions ---

    fn literal(&mut self) -> Result<String> {
        Ok(match self.u.int_in_range(0..=13)? {
            0 => format!("{}", self.u.int_in_range(-3i64..=12)?),
            1 => format!("{}", self.u.arbitrary::<i64>()?),
            2 => self
                .pick(&[
                    "2**64",
                    "-(2**70)",
                    "10**20",
                    "12345678901234567890",
                    "0x7fffffffffffffff",
                ])?
                .to_string(),
            3 => self
                .pick(&[
                    "0.5", "-1.25", "1e300", "3.0", "0.1", "-0.0", "1e-7", "2.5e16", "123.456",
                ])?
                .to_string(),
            4 => format!("{:?}", self.u.arbitrary::<f64>()?)
                .replace("inf", "float('inf')")
                .replace("NaN", "float('nan')"),
            5 => self
                .pick(&[
                    "''",
                    "'a'",
                    "'abc'",
                    "'Hello World'",
                    "'h\\xe9llo'",
                    "'a,b,,c'",
                    "' x '",
                    "'12'",
                    "'\\n'",
                    "'%s-%d'",
                ])?
                .to_string(),
            6 => self.pick(&["True", "False", "None"])?.to_string(),
            7 => "[]".into(),
            8 => "{}".into(),
            9 => "()".into(),
            10 => self
                .pick(&[
                    "[3, 1, 2]",
                    "[1.5, -2, 0]",
                    "['b', 'a']",
                    "[[1], [2, 3]]",
                    "[None, 0]",
                ])?
                .to_string(),
            11 => self
                .pick(&[
                    "{'x': 1, 'y': [2]}",
                    "{1: 'a', 2: 'b'}",
                    "{(1, 2): 3}",
                    "{'k': {'n': 0}}",
                ])?
                .to_string(),
            12 => self
                .pick(&["(1,)", "(2, 'b')", "((1, 2), 3)", "(0.5, None, True)"])?
                .to_string(),
            _ => self
                .pick(&["'a' * 3", "[0] * 4", "(1, 2) * 2", "1 / 3"])?
                .to_string(),
        })
    }

    fn var(&mut self) -> Result<String> {
        self.target()
    }

    fn args(&mut self, depth: usize, max: usize) -> Result<String> {
        let n = self.u.int_in_range(0..=max)?;
        let mut v = Vec::new();
        for _ in 0..n {
            v.push(self.expr(depth + 1)?);
        }
        Ok(v.join(", "))
    }

    fn expr(&mut self, depth: usize) -> Result<String> {
        if depth >= MAX_DEPTH || self.u.is_empty() {
            return if self.u.ratio(1, 2)? {
                self.var()
            } else {
                self.literal()
            };
        }
        let d = depth + 1;
        Ok(match self.u.int_in_range(0..=25)? {
            0 | 1 => self.literal()?,
            2..=4 => self.var()?,
            5 | 6 => {
                let op = self.pick(&["+", "-", "*", "/", "//", "%", "&", "|", "^"])?;
                format!("({} {op} {})", self.expr(d)?, self.expr(d)?)
            }
            7 => {
                let op = self.pick(&["**", "<<", ">>"])?;
                let n = self.u.int_in_range(-1i64..=9)?;
                format!("({} {op} {n})", self.expr(d)?)
            }
            8 | 9 => {
                let op = self.pick(&["<", "<=", "==", "!=", ">", ">=", "in", "not in"])?;
                let mut s = format!("{} {op} {}", self.expr(d)?, self.expr(d)?);
                if self.u.ratio(1, 4)? {
                    let op = self.pick(&["<", "==", "!="])?;
                    s = format!("{s} {op} {}", self.expr(d)?);
                }
                format!("({s})")
            }
            10 => {
                let op = self.pick(&["-", "+", "not ", "~"])?;
                format!("({op}{})", self.expr(d)?)
            }
            11 => {
                let op = self.pick(&["and", "or"])?;
                format!("({} {op} {})", self.expr(d)?, self.expr(d)?)
            }
            12 => format!(
                "({} if {} else {})",
                self.expr(d)?,
                self.expr(d)?,
                self.expr(d)?
            ),
            13 | 14 => {
                let f = self.pick(&[
                    "len", "abs", "str", "repr", "int", "float", "bool", "list", "tuple", "sorted",
                    "min", "max", "sum", "round", "divmod", "chr", "ord", "dict", "any", "all",
                    "ascii", "bin", "hex", "oct", "pow",
                ])?;
                let args = self.args(d, 2)?;
                format!("{f}({args})")
            }
            15 => {
                let f = self.pick(&[
                    "list(reversed({}))",
                    "list(enumerate({}))",
                    "list(zip({}, 'abc'))",
                    "list(range(min(int({}), 20)))",
                    "type({}).__name__",
                    "isinstance({}, (int, str))",
                    "list(map(str, _take({})))",
                    "list(filter(None, _take({})))",
                    "sorted(_take({}), key=repr)",
                    "'-'.join(map(str, _take({})))",
                    "f'<{{{}!r:>8}}>'",
                    "f'{{{}}}'",
                    "'%r' % ({},)",
                    "_take(iter({}))",
                ])?;
                f.replace("{}", &self.expr(d)?)
            }
            16 | 17 => {
                let m = self.pick(&[
                    "upper",
                    "lower",
                    "split",
                    "strip",
                    "join",
                    "replace",
                    "find",
                    "count",
                    "index",
                    "startswith",
                    "get",
                    "keys",
                    "values",
                    "items",
                    "copy",
                    "pop",
                    "append",
                    "format",
                    "center",
                    "zfill",
                    "partition",
                    "is_integer",
                    "bit_length",
                    "conjugate",
                    "hex",
                    "as_integer_ratio",
                    "x",
                    "m",
                    "k",
                ])?;
                let obj = self.expr(d)?;
                if matches!(m, "x" | "k") {
                    format!("{obj}.{m}")
                } else {
                    let args = self.args(d, 2)?;
                    let call = format!("{obj}.{m}({args})");
                    if matches!(m, "keys" | "values" | "items") {
                        format!("list({call})")
                    } else {
                        call
                    }
                }
            }
            18 => {
                let e = self.expr(d)?;
                match self.u.int_in_range(0..=2)? {
                    0 => format!("{e}[{}]", self.expr(d)?),
                    1 => format!("{e}[{}:{}]", self.small()?, self.small()?),
                    _ => format!("{e}[::{}]", self.pick(&["1", "-1", "2", "-2", "0"])?),
                }
            }
            19 => {
                let v = self.fresh("c");
                let it = self.expr(d)?;
                let saved = self.locals.clone();
                let was = std::mem::replace(&mut self.in_func, true);
                self.locals = vec![v.clone()];
                let body = self.expr(d)?;
                let cond = if self.u.ratio(1, 2)? {
                    format!(" if {}", self.expr(d)?)
                } else {
                    String::new()
                };
                let r = match self.u.int_in_range(0..=3)? {
                    0 => format!("[{body} for {v} in _take({it}){cond}]"),
                    1 => format!("{{repr({v}): {body} for {v} in _take({it}){cond}}}"),
                    2 => format!("sum(1 for {v} in _take({it}){cond})"),
                    _ => format!("list({body} for {v} in _take({it}){cond})"),
                };
                self.locals = saved;
                self.in_func = was;
                r
            }
            20 if !self.funcs.is_empty() => {
                let i = self.u.choose_index(self.funcs.len())?;
                let (name, arity) = self.funcs[i].clone();
                let mut a = Vec::new();
                for _ in 0..arity {
                    a.push(self.expr(d)?);
                }
                format!("{name}({})", a.join(", "))
            }
            21 if !self.gens.is_empty() => {
                let i = self.u.choose_index(self.gens.len())?;
                let g = self.gens[i].clone();
                let a = self.expr(d)?;
                self.pick(&[
                    "list({}({}))",
                    "next({}({}))",
                    "sum({}({}))",
                    "_take({}({}))",
                ])?
                .replacen("{}", &g, 1)
                .replacen("{}", &a, 1)
            }
            22 if !self.classes.is_empty() => {
                let i = self.u.choose_index(self.classes.len())?;
                let c = self.classes[i].clone();
                format!("{c}({})", self.expr(d)?)
            }
            23 => {
                let n = self.u.int_in_range(0..=3)?;
                let mut items = Vec::new();
                for _ in 0..n {
                    items.push(self.expr(d)?);
                }
                match self.u.int_in_range(0..=2)? {
                    0 => format!("[{}]", items.join(", ")),
                    1 => format!("({}{})", items.join(", "), if n == 1 { "," } else { "" }),
                    _ => {
                        let kv: Vec<String> = items
                            .iter()
                            .enumerate()
                            .map(|(i, e)| format!("{}: {e}", ["'a'", "1", "(2, 3)", "'b'"][i % 4]))
                            .collect();
                        format!("{{{}}}", kv.join(", "))
                    }
                }
            }
            24 => {
                let body = self.expr(d)?;
                format!("(lambda a0: {body})({})", self.expr(d)?)
            }
            _ => {
                let a = self.expr(d)?;
                format!("[*{a}, *{}]", self.expr(d)?)
            }
        })
    }

    fn small(&mut self) -> Result<String> {
        Ok(format!("{}", self.u.int_in_range(-4i64..=4)?))
    }
}
