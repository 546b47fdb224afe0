//! The benchmark programs: discovery and sizes.
//!
//! Every `*.py` file in `benches/programs/` is a benchmark (see the README
//! there).  A program reads its size as `int(sys.argv[1])` with a default
//! written in its source (`... if len(sys.argv) > 1 else 500000`); the
//! runner reads that default from the source so that the program stays the
//! single place where it is written.  A program that reads `sys.argv[2]`
//! is a thread program: it takes the number of threads there and is run
//! once per thread count.
//!
//! `--quick` replaces every size by a tiny one from [`quick_size`], so that
//! the whole suite runs in seconds (a smoke test of the runner and of the
//! implementations' output, not a measurement).

use std::path::{Path, PathBuf};

/// One benchmark program.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// File name without `.py`.
    pub name: String,
    pub path: PathBuf,
    /// The size the program uses when it is given none (`argv[1]`).
    pub default_size: u64,
    /// Whether the program takes a thread count as `argv[2]`.
    pub threaded: bool,
}

/// Reads a program's default size and whether it is a thread program from
/// its source.
pub fn parse_program(name: &str, path: PathBuf, source: &str) -> Result<Program, String> {
    let marker = "if len(sys.argv) > 1 else ";
    let default_size = source
        .lines()
        .find(|l| l.contains("sys.argv[1]") && l.contains(marker))
        .and_then(|l| {
            let rest = &l[l.find(marker)? + marker.len()..];
            let digits: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '_')
                .filter(|c| *c != '_')
                .collect();
            digits.parse::<u64>().ok()
        })
        .ok_or_else(|| {
            format!("{name}.py: no `int(sys.argv[1]) if len(sys.argv) > 1 else N` line")
        })?;
    Ok(Program {
        name: name.to_string(),
        path,
        default_size,
        threaded: source.contains("sys.argv[2]"),
    })
}

/// All programs in `dir`: single-threaded ones first, then thread programs,
/// each group sorted by name.
pub fn discover(dir: &Path) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        programs.push(parse_program(&name, path, &source)?);
    }
    programs.sort_by(|a, b| (a.threaded, &a.name).cmp(&(b.threaded, &b.name)));
    Ok(programs)
}

/// Tiny sizes for `--quick` (each program runs in well under a second on
/// CPython).
pub fn quick_size(name: &str) -> Option<u64> {
    Some(match name {
        "big_heap" => 5,
        "binary_trees" => 8,
        "chaos" => 5000,
        "closures" => 20000,
        "deltablue" => 10,
        "fannkuch" => 7,
        "fib" => 20,
        "float" => 2000,
        "generators" => 30000,
        "go" => 3,
        "handoff" => 10000,
        "lock_uncontended" => 50000,
        "nbody" => 5000,
        "nqueens" => 6,
        "parser" => 200,
        "pool_map" => 500,
        "queue_pingpong" => 1000,
        "raytrace" => 20,
        "richards" => 2,
        "spectral_norm" => 50,
        "threads_cpu" => 5000,
        "threads_shared_read" => 40000,
        "threads_shared_write" => 40000,
        "unpack_sequence" => 20000,
        "wordfreq" => 20000,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_default_size_and_threads() {
        let src = "import sys\n\ndef main():\n    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000\n    t = int(sys.argv[2]) if len(sys.argv) > 2 else 4\n";
        let p = parse_program("x", PathBuf::from("x.py"), src).unwrap();
        assert_eq!(p.default_size, 500000);
        assert!(p.threaded);
        let p = parse_program(
            "y",
            PathBuf::from("y.py"),
            "n = int(sys.argv[1]) if len(sys.argv) > 1 else 12\n",
        )
        .unwrap();
        assert_eq!(p.default_size, 12);
        assert!(!p.threaded);
        assert!(parse_program("z", PathBuf::from("z.py"), "print(1)\n").is_err());
    }

    #[test]
    fn every_program_has_a_size_and_a_quick_size() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
        let programs = discover(&dir).unwrap();
        assert!(programs.len() >= 24, "found {} programs", programs.len());
        for p in &programs {
            let quick =
                quick_size(&p.name).unwrap_or_else(|| panic!("no quick size for {}", p.name));
            assert!(
                quick <= p.default_size,
                "{}: quick size above default",
                p.name
            );
        }
        let threaded: Vec<_> = programs
            .iter()
            .filter(|p| p.threaded)
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            threaded,
            [
                "handoff",
                "lock_uncontended",
                "pool_map",
                "queue_pingpong",
                "threads_cpu",
                "threads_shared_read",
                "threads_shared_write"
            ]
        );
        let fib = programs.iter().find(|p| p.name == "fib").unwrap();
        assert_eq!(fib.default_size, 36);
    }
}
