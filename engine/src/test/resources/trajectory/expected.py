#!/usr/bin/env python3
"""Expected values for TrajectoryCalculatorTest, computed independently of the engine.

Python 3, standard library only. Least squares in matrix form: beta = (X'WX)^-1 X'Wy with X = [1, t - t0]
(raw sums about a fixed origin t0, solved by the explicit 2x2 inverse; the engine uses centred sums),
s^2 = r'Wr / (n - 2), cov = s^2 (X'WX)^-1. Student t quantiles by bisection on the t CDF, itself the
regularised incomplete beta function by its continued fraction (Numerical Recipes, betacf); checked
against the table t(0.975, 1..5) below.

Run: python3 engine/src/test/resources/trajectory/expected.py
"""
import math
from datetime import date

TABLE = {1: 12.706204736, 2: 4.302652730, 3: 3.182446305, 4: 2.776445105, 5: 2.570581836}


def betacf(a, b, x):
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d; d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c; c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d; d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c; c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            return h
    raise RuntimeError("betacf did not converge")


def betai(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return front * betacf(a, b, x) / a
    return 1 - front * betacf(b, a, 1 - x) / b


def t_cdf(t, df):
    tail = 0.5 * betai(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t > 0 else tail


def t_quantile(p, df):
    lo, hi = 0.0, 1000.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


for df, q in TABLE.items():
    assert abs(t_quantile(0.975, df) / q - 1) < 1e-9, (df, t_quantile(0.975, df), q)


def wls(t, y, w, t0):
    s0 = sum(w)
    s1 = sum(wi * (ti - t0) for wi, ti in zip(w, t))
    s2 = sum(wi * (ti - t0) ** 2 for wi, ti in zip(w, t))
    b0 = sum(wi * yi for wi, yi in zip(w, y))
    b1 = sum(wi * (ti - t0) * yi for wi, ti, yi in zip(w, t, y))
    det = s0 * s2 - s1 * s1
    inv = [[s2 / det, -s1 / det], [-s1 / det, s0 / det]]
    beta = [inv[0][0] * b0 + inv[0][1] * b1, inv[1][0] * b0 + inv[1][1] * b1]
    rss = sum(wi * (yi - beta[0] - beta[1] * (ti - t0)) ** 2 for wi, ti, yi in zip(w, t, y))
    s2hat = rss / (len(t) - 2)
    cov = [[s2hat * inv[i][j] for j in range(2)] for i in range(2)]
    return beta, cov


def logit(p):
    return math.log(p / (1 - p))


def expit(x):
    return 1 / (1 + math.exp(-x))


def decimal_year(d):
    start = date(d.year, 1, 1).toordinal()
    days = date(d.year + 1, 1, 1).toordinal() - start
    return d.year + (d.toordinal() - start + 1 - 0.5) / days


def period_time(period):
    if len(period) == 4:
        return int(period) + 0.5
    y, m = period.split("-")
    return int(y) + (int(m) - 0.5) / 12


def apc(periods, p, w):
    t = [period_time(x) for x in periods]
    beta, cov = wls(t, [math.log(v) for v in p], w, 2016.0)
    q = t_quantile(0.975, len(t) - 2)
    se = math.sqrt(cov[1][1])
    return [100 * math.expm1(beta[1]), 100 * math.expm1(beta[1] - q * se), 100 * math.expm1(beta[1] + q * se)]


def monthly_slope(periods, p):
    months = [(int(x[:4]) - 2023) * 12 + int(x[5:]) - 0.5 for x in periods]
    beta, cov = wls(months, p, [1.0] * len(p), 0.0)
    q = t_quantile(0.975, len(p) - 2)
    se = math.sqrt(cov[1][1])
    return [100 * beta[1], 100 * (beta[1] - q * se), 100 * (beta[1] + q * se)]


def projection(periods, p, w, times):
    t = [period_time(x) for x in periods]
    beta, cov = wls(t, [logit(v) for v in p], w, 2016.0)
    q = t_quantile(0.975, len(t) - 2)
    out = []
    for ts in times:
        x0 = [1.0, ts - 2016.0]
        fit = x0[0] * beta[0] + x0[1] * beta[1]
        var = sum(x0[i] * cov[i][j] * x0[j] for i in range(2) for j in range(2))
        out.append([expit(fit), expit(fit - q * math.sqrt(var)), expit(fit + q * math.sqrt(var))])
    return out


def show(name, rows):
    print(name)
    for r in rows:
        print("    " + ", ".join(repr(v) for v in r))


def case(name, periods, p, w_log, w_logit, later, target_date):
    times = [period_time(x) for x in later] + [decimal_year(target_date)]
    print("==", name, "target time", repr(decimal_year(target_date)))
    if len(periods[0]) == 4:
        show("apc, lower, upper", [apc(periods, p, w_log)])
    else:
        show("slope (pp/month), lower, upper", [monthly_slope(periods, p)])
    show("projection value, lower, upper at " + ", ".join(later) + ", target", projection(periods, p, w_logit, times))


def years(a, b):
    return [str(y) for y in range(a, b + 1)]


def months(y0, m0, y1, m1):
    out, y, m = [], y0, m0
    while (y, m) <= (y1, m1):
        out.append("%04d-%02d" % (y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# 1. Published stage-1-2 shares without counts, target 75% by 2028-12-31: unweighted.
case("published", ["2018", "2019", "2021"], [0.550, 0.545, 0.540], [1, 1, 1], [1, 1, 1],
     years(2022, 2028), date(2028, 12, 31))

# 2. Monthly series with counts (Faster Diagnosis Standard like), target 80% by 2029-03-31.
M_PERIODS = months(2023, 4, 2024, 9)
M_X = [18100, 18420, 18350, 18900, 18700, 19240, 19010, 19500, 18800, 19650, 19720, 20010,
       19900, 20350, 20200, 20700, 20480, 20900]
M_N = [25000, 25300, 25050, 25600, 25200, 25800, 25400, 25900, 24900, 25800, 25700, 26000,
       25700, 26200, 25900, 26400, 26050, 26500]
M_P = [x / n for x, n in zip(M_X, M_N)]
case("monthly", M_PERIODS, M_P, None, [x * (n - x) / n for x, n in zip(M_X, M_N)],
     months(2024, 10, 2029, 3), date(2029, 3, 31))

# 3. Annual series with counts (weighted APC and projection), target 60% by 2024-12-31.
A_X = [5200, 5350, 5300, 5500, 5600, 5650, 5800]
A_N = [10000, 10100, 9900, 10050, 10000, 9950, 10100]
case("annual with counts", years(2013, 2019), [x / n for x, n in zip(A_X, A_N)],
     [x * n / (n - x) for x, n in zip(A_X, A_N)], [x * (n - x) / n for x, n in zip(A_X, A_N)],
     years(2020, 2024), date(2024, 12, 31))

# 4. 0/n, n/n and suppressed points are left out: 2016..2019 fitted (all with counts, so weighted),
#    2015 (0/40), 2020 (null) and 2021 (60/60) are not; latest is 2021. Target 70% by 2025-12-31.
E_X = [12, 15, 17, 20]
E_N = [40, 45, 44, 48]
case("extremes left out", years(2016, 2019), [x / n for x, n in zip(E_X, E_N)],
     [x * n / (n - x) for x, n in zip(E_X, E_N)], [x * (n - x) / n for x, n in zip(E_X, E_N)],
     years(2022, 2025), date(2025, 12, 31))

# 5. Target date passed (2019-12-31), annual 2015..2020 published without counts: APC only.
P_P = [0.70, 0.72, 0.73, 0.75, 0.76, 0.77]
print("== passed")
show("apc, lower, upper", [apc(years(2015, 2020), P_P, [1] * 6)])
