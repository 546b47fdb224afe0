//! Small statistics over run times, and the checks on a run's output.

/// Median of `xs` (mean of the two middle values for an even count).
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    })
}

pub fn min(xs: &[f64]) -> Option<f64> {
    xs.iter().copied().min_by(f64::total_cmp)
}

pub fn max(xs: &[f64]) -> Option<f64> {
    xs.iter().copied().max_by(f64::total_cmp)
}

/// Geometric mean of positive values (the usual summary of speed ratios).
pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|x| *x <= 0.0) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

/// Compares a run's stdout with CPython's.  `None` when they are equal,
/// otherwise a one-line description of the first difference.
pub fn compare_output(expected: &str, got: &str) -> Option<String> {
    if expected == got {
        return None;
    }
    let mut exp = expected.lines();
    let mut act = got.lines();
    let mut line = 1;
    loop {
        match (exp.next(), act.next()) {
            (Some(e), Some(a)) if e == a => line += 1,
            (Some(e), Some(a)) => {
                return Some(format!(
                    "stdout differs from CPython's at line {line}: got {:?}, expected {:?}",
                    clip(a),
                    clip(e)
                ));
            }
            (Some(e), None) => {
                return Some(format!(
                    "stdout ends at line {line}; CPython printed {:?} there",
                    clip(e)
                ));
            }
            (None, Some(a)) => {
                return Some(format!("stdout has an extra line {line}: {:?}", clip(a)));
            }
            // Same lines, different line endings / final newline.
            (None, None) => return Some("stdout differs from CPython's in line endings".into()),
        }
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() <= 80 {
        s.to_string()
    } else {
        s.chars().take(77).collect::<String>() + "..."
    }
}

/// The line that best says why a run failed: the last non-empty stderr
/// line that is not taipan's `gc-stats:` line.
pub fn error_line(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .rev()
        .map(str::trim_end)
        .find(|l| !l.trim().is_empty() && !l.starts_with("gc-stats:"))
        .map(|l| clip_long(l.trim()))
}

fn clip_long(s: &str) -> String {
    if s.chars().count() <= 200 {
        s.to_string()
    } else {
        s.chars().take(197).collect::<String>() + "..."
    }
}

/// The `key=value` pairs of taipan's `gc-stats: ...` stderr line, in order.
pub fn parse_gc_stats(stderr: &str) -> Option<Vec<(String, String)>> {
    let line = stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("gc-stats:"))?;
    let pairs: Vec<(String, String)> = line
        .split_whitespace()
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect();
    if pairs.is_empty() { None } else { Some(pairs) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_min_max() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(min(&[2.0, 1.5, 3.0]), Some(1.5));
        assert_eq!(max(&[2.0, 1.5, 3.0]), Some(3.0));
        assert_eq!(min(&[]), None);
    }

    #[test]
    fn geometric_mean() {
        let g = geomean(&[1.0, 4.0]).unwrap();
        assert!((g - 2.0).abs() < 1e-12);
        assert_eq!(geomean(&[]), None);
        assert_eq!(geomean(&[1.0, 0.0]), None);
    }

    #[test]
    fn output_comparison() {
        assert_eq!(compare_output("a\nb\n", "a\nb\n"), None);
        let d = compare_output("a\nb\n", "a\nc\n").unwrap();
        assert!(
            d.contains("line 2") && d.contains("\"c\"") && d.contains("\"b\""),
            "{d}"
        );
        assert!(
            compare_output("a\nb\n", "a\n")
                .unwrap()
                .contains("ends at line 2")
        );
        assert!(
            compare_output("a\n", "a\nz\n")
                .unwrap()
                .contains("extra line 2")
        );
        assert!(compare_output("a\n", "a").unwrap().contains("line endings"));
    }

    #[test]
    fn error_line_skips_gc_stats() {
        let err = "Traceback (most recent call last):\n  File \"x.py\", line 1\nModuleNotFoundError: No module named 'threading'\ngc-stats: collections=0 blocks=32\n";
        assert_eq!(
            error_line(err).unwrap(),
            "ModuleNotFoundError: No module named 'threading'"
        );
        assert_eq!(error_line("\n\n"), None);
    }

    #[test]
    fn gc_stats_parsing() {
        let err = "noise\ngc-stats: collections=3 live_bytes=282408 peak_rss_kb=26204\n";
        let s = parse_gc_stats(err).unwrap();
        assert_eq!(s[0], ("collections".to_string(), "3".to_string()));
        assert_eq!(s.len(), 3);
        assert_eq!(parse_gc_stats("nothing"), None);
    }
}
