/*
 * main.c - the benchmark harness.  In one run it parses (or writes) the same
 * generated inputs with every implementation, checks that each one read the
 * same element count and bound sum (the writers: the same bytes), counts heap
 * allocations, then times them in alternated rounds and takes medians, so
 * that the ratios the targets ask for come from one run on one machine state.
 *
 *   qrs-bench            the full table and the targets (exit 1 when one fails)
 *   qrs-bench --quick    fewer, shorter rounds
 *   qrs-bench --check    checksums and allocation counts only, no timing (make check-bench)
 *   qrs-bench --filter S only the inputs whose name contains S (no targets then)
 *   qrs-bench --only IMPL --input NAME [--passes N]
 *                        N passes of one implementation over one input, for callgrind
 *   qrs-bench --dump NAME  write one input's bytes to standard output
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "agree.h"
#include "alloc_count.h"
#include "impl.h"

#define N_IMPLS 4
static const bench_impl *const impls[N_IMPLS] = {&bench_impl_qresync, &bench_impl_dovecot, &bench_impl_etpan,
                                                 &bench_impl_digits};
enum { QRS = 0, DOVECOT = 1, ETPAN = 2, DIGITS = 3 };

/* What one implementation did with one input. */
typedef struct cell {
    int ran;             /* available, supports the input, and prepared */
    int correct;         /* checksums (or written bytes) equal the generator's */
    double ns_per_pass;  /* median */
    double ref_ns_per_pass; /* desc and adv inputs, libqresync: median on the ascending input, same rounds */
    double allocs_per_line;
    size_t heap_peak;    /* heap bytes above the starting level during one pass */
    size_t working;      /* non-heap working memory (arena), when reported */
    long rss_kib;        /* growth of the peak RSS during one pass in a fresh child; -1 when not measured */
    bench_sum got;
} cell;

/* CPU time of this thread, not wall time: other processes on the machine
 * (builds next to the benchmark) then cost waiting time, which is not
 * counted, rather than a random share of a batch. */
static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The passes callgrind counts (--toggle-collect=bench_measured_passes): kept
 * out of line so that nothing of the set-up is in the count. */
__attribute__((noinline)) int bench_measured_passes(const bench_impl *impl, void *state, const bench_input *in,
                                                    size_t passes, bench_sum *sum);
__attribute__((noinline)) int bench_measured_passes(const bench_impl *impl, void *state, const bench_input *in,
                                                    size_t passes, bench_sum *sum)
{
    const char *out;
    size_t out_len;
    for (size_t i = 0; i < passes; i++)
        if (!impl->run(state, in, sum, &out, &out_len))
            return 0;
    return 1;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* One verification pass: the checksum, the allocations, the heap high-water mark. */
static void verify(const bench_impl *impl, void *state, const bench_input *in, cell *c)
{
    alloc_stats before, after;
    const char *out = NULL;
    size_t out_len = 0;
    memset(&c->got, 0, sizeof c->got);
    alloc_peak_reset();
    alloc_stats_get(&before);
    int ok = impl->run(state, in, &c->got, &out, &out_len);
    alloc_stats_get(&after);
    c->allocs_per_line = (double)(after.calls - before.calls) / (double)in->n_lines;
    c->heap_peak = after.peak - before.live;
    if (in->kind == BENCH_WRITE)
        c->correct = ok && out && out_len == in->len && memcmp(out, in->text, in->len) == 0;
    else
        c->correct = ok && c->got.elements == in->expect.elements && c->got.bounds == in->expect.bounds;
    if (in->kind == BENCH_WRITE && ok && out) {
        c->got.elements = out_len;
        c->got.bounds = 0;
    }
}

/* Peak RSS growth of one pass, in a child process so that earlier rows do not hide it. */
static long rss_growth_kib(const bench_impl *impl, void *state, const bench_input *in)
{
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        struct rusage a, b;
        bench_sum sum = {0, 0};
        close(fd[0]);
        getrusage(RUSAGE_SELF, &a);
        (void)bench_measured_passes(impl, state, in, 1, &sum);
        getrusage(RUSAGE_SELF, &b);
        long kib = b.ru_maxrss - a.ru_maxrss;
        if (write(fd[1], &kib, sizeof kib) != (ssize_t)sizeof kib)
            _exit(1);
        _exit(0);
    }
    close(fd[1]);
    long kib = -1;
    if (pid < 0 || read(fd[0], &kib, sizeof kib) != (ssize_t)sizeof kib)
        kib = -1;
    close(fd[0]);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    return kib;
}

/* Alternated rounds: in each round every implementation runs one batch, in a
 * rotating order, so that machine noise lands on all of them alike.  With
 * ref (and ref_state, libqresync's), libqresync also runs the reference
 * input in each round, as one more slot of the rotation: a desc or adv
 * input is then compared with its ascending input timed at the same
 * moments, not minutes apart (the machine's speed drifts in between). */
static void time_input(const bench_input *in, void **states, cell *cells, int rounds, double batch_ns,
                       const bench_input *ref, void *ref_state)
{
    enum { REF = N_IMPLS, SLOTS = N_IMPLS + 1 }; /* slot REF: libqresync on ref */
    double samples[SLOTS][32];
    size_t passes[SLOTS];
    const bench_impl *impl_of[SLOTS];
    const bench_input *input_of[SLOTS];
    void *state_of[SLOTS];
    int timed[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
        impl_of[i] = impls[i == REF ? QRS : i];
        input_of[i] = i == REF ? ref : in;
        state_of[i] = i == REF ? ref_state : states[i];
        timed[i] = i == REF ? ref && ref_state && timed[QRS] : cells[i].ran && cells[i].correct;
        if (!timed[i])
            continue;
        bench_sum sum = {0, 0};
        double t0 = now_ns();
        bench_measured_passes(impl_of[i], state_of[i], input_of[i], 1, &sum);
        double one = now_ns() - t0;
        passes[i] = one >= batch_ns ? 1 : (size_t)(batch_ns / (one > 1 ? one : 1));
    }
    for (int r = 0; r < rounds; r++)
        for (int k = 0; k < SLOTS; k++) {
            int i = (k + r) % SLOTS;
            if (!timed[i])
                continue;
            bench_sum sum = {0, 0};
            double t0 = now_ns();
            bench_measured_passes(impl_of[i], state_of[i], input_of[i], passes[i], &sum);
            samples[i][r] = (now_ns() - t0) / (double)passes[i];
        }
    for (int i = 0; i < SLOTS; i++) {
        if (!timed[i])
            continue;
        qsort(samples[i], (size_t)rounds, sizeof samples[i][0], cmp_double);
        if (i == REF)
            cells[QRS].ref_ns_per_pass = samples[i][rounds / 2];
        else
            cells[i].ns_per_pass = samples[i][rounds / 2];
    }
}

static double mbps(const bench_input *in, const cell *c)
{
    return c->ns_per_pass > 0 ? (double)in->bytes / c->ns_per_pass * 1e3 : 0;
}

/* MARK: - Targets */

static int failures;

static void target(const char *what, double measured, const char *op, double bound, const char *unit)
{
    int pass = strcmp(op, ">=") == 0 ? measured >= bound : measured <= bound;
    if (!pass)
        failures++;
    printf("%s  %-58s %9.2f%s %s %g%s\n", pass ? "PASS" : "FAIL", what, measured, unit, op, bound, unit);
}

static void target_missing(const char *what, const char *why)
{
    failures++;
    printf("FAIL  %-58s not measured: %s\n", what, why);
}

static const bench_input *find_input(const bench_input *in, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(in[i].name, name) == 0)
            return &in[i];
    return NULL;
}

/* The ascending input a desc or adv input is compared with. */
static const bench_input *ascending_of(const bench_input *in, size_t n, const bench_input *x)
{
    return find_input(in, n, x->kind == BENCH_SET ? "set-100k" : "vanished-100k");
}

static void check_targets(const bench_input *in, size_t n, cell (*cells)[N_IMPLS])
{
    char what[160];
    printf("\nTargets (ratios of medians from this run):\n");
    for (size_t k = 0; k < n; k++) {
        const cell *c = cells[k];
        const char *g = in[k].group;
        if (!c[QRS].correct) {
            snprintf(what, sizeof what, "%s: libqresync", in[k].name);
            target_missing(what, "no correct result");
            continue;
        }
        if (strcmp(g, "long") == 0) {
            snprintf(what, sizeof what, "%s: libqresync MB/s", in[k].name);
            target(what, mbps(&in[k], &c[QRS]), ">=", 1000, "");
            for (int p = DOVECOT; p <= ETPAN; p++) {
                snprintf(what, sizeof what, "%s: speed vs %s", in[k].name, impls[p]->name);
                if (c[p].correct)
                    target(what, c[p].ns_per_pass / c[QRS].ns_per_pass, ">=", p == DOVECOT ? 3 : 5, "x");
                else
                    target_missing(what, impls[p]->unavailable ? "peer missing or wrong" : "");
            }
            snprintf(what, sizeof what, "%s: time vs digit loop", in[k].name);
            target(what, c[QRS].ns_per_pass / c[DIGITS].ns_per_pass, "<=", 1.7, "x");
        } else if (strcmp(g, "short") == 0) {
            snprintf(what, sizeof what, "%s: speed vs dovecot", in[k].name);
            if (c[DOVECOT].correct)
                target(what, c[DOVECOT].ns_per_pass / c[QRS].ns_per_pass, ">=", 3, "x");
            else
                target_missing(what, "dovecot missing or wrong");
        } else if (strcmp(g, "write") == 0) {
            for (int p = DOVECOT; p <= ETPAN; p++) {
                snprintf(what, sizeof what, "%s: speed vs %s's writer", in[k].name, impls[p]->name);
                if (c[p].correct)
                    target(what, c[p].ns_per_pass / c[QRS].ns_per_pass, ">=", 3, "x");
                else
                    target_missing(what, "peer missing or wrong");
            }
        } else if (strcmp(g, "desc") == 0 || strcmp(g, "adv") == 0) {
            /* Against the ascending input with the same number of elements,
             * per byte, timed in the same rounds (time_input). */
            const bench_input *asc = ascending_of(in, n, &in[k]);
            snprintf(what, sizeof what, "%s: time per byte vs %s", in[k].name, asc->name);
            if (c[QRS].ref_ns_per_pass > 0)
                target(what,
                       (c[QRS].ns_per_pass / (double)in[k].bytes) / (c[QRS].ref_ns_per_pass / (double)asc->bytes),
                       "<=", 1.5, "x");
            else
                target_missing(what, "not timed");
        }
        if (in[k].kind != BENCH_WRITE) {
            snprintf(what, sizeof what, "%s: libqresync heap allocations per line", in[k].name);
            target(what, c[QRS].allocs_per_line, "<=", 0, "");
        }
    }
    /* Memory: the arena a parse needs does not grow with the set. */
    const bench_input *small = find_input(in, n, "vanished-10"), *big = find_input(in, n, "vanished-100k");
    const cell *cs = cells[small - in], *cb = cells[big - in];
    target("libqresync heap peak bytes, vanished-100k", (double)cb[QRS].heap_peak, "<=", 0, "");
    target("libqresync arena bytes, vanished-100k minus vanished-10",
           (double)cb[QRS].working - (double)cs[QRS].working, "<=", 0, "");
}

/* MARK: - Main */

static void usage(void)
{
    fprintf(stderr, "usage: qrs-bench [--quick | --check] [--filter S] | --only IMPL --input NAME [--passes N] |"
                    " --dump NAME\n");
    exit(2);
}

int main(int argc, char **argv)
{
    int quick = 0, check_only = 0;
    const char *only = NULL, *input_name = NULL, *dump = NULL, *filter = NULL;
    size_t only_passes = 10;
    for (int a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--quick") == 0)
            quick = 1;
        else if (strcmp(argv[a], "--check") == 0)
            check_only = 1;
        else if (strcmp(argv[a], "--only") == 0 && a + 1 < argc)
            only = argv[++a];
        else if (strcmp(argv[a], "--input") == 0 && a + 1 < argc)
            input_name = argv[++a];
        else if (strcmp(argv[a], "--passes") == 0 && a + 1 < argc)
            only_passes = (size_t)strtoul(argv[++a], NULL, 10);
        else if (strcmp(argv[a], "--filter") == 0 && a + 1 < argc)
            filter = argv[++a];
        else if (strcmp(argv[a], "--dump") == 0 && a + 1 < argc)
            dump = argv[++a];
        else
            usage();
    }
    bench_input *in;
    size_t n = bench_inputs_make(&in, only ? input_name : dump);

    if (dump) {
        const bench_input *d = find_input(in, n, dump);
        if (!d)
            usage();
        fwrite(d->text, 1, d->len, stdout);
        return 0;
    }
    if (only) {
        /* One implementation, one input, N passes: what callgrind counts. */
        const bench_input *d = input_name ? find_input(in, n, input_name) : NULL;
        const bench_impl *impl = NULL;
        for (int i = 0; i < N_IMPLS; i++)
            if (strcmp(impls[i]->name, only) == 0)
                impl = impls[i];
        if (!d || !impl || impl->unavailable() || !impl->supports(d->kind))
            usage();
        void *st = impl->prepare(d);
        bench_sum sum = {0, 0};
        int ok = st && bench_measured_passes(impl, st, d, only_passes, &sum);
        printf("%s %s passes=%zu bytes_per_pass=%zu lines_per_pass=%zu ok=%d elements=%llu\n", impl->name, d->name,
               only_passes, d->bytes, d->n_lines, ok, (unsigned long long)sum.elements);
        return ok ? 0 : 1;
    }

    for (int i = 0; i < N_IMPLS; i++) {
        const char *why = impls[i]->unavailable();
        if (why)
            printf("skipping %s: %s\n", impls[i]->name, why);
    }
    cell(*cells)[N_IMPLS] = calloc(n, sizeof *cells);
    int wrong = 0;
    int rounds = quick ? 7 : 21;
    double batch_ns = quick ? 2e6 : 5e6;
    if (!check_only)
        printf("%-24s %-11s %10s %12s %12s %12s %10s %12s\n", "input", "impl", "MB/s", "ns/line", "allocs/line",
               "heap-peak-B", "rss-KiB", "checksum");
    for (size_t k = 0; k < n; k++) {
        void *states[N_IMPLS] = {0};
        if (filter && !strstr(in[k].name, filter))
            continue;
        for (int i = 0; i < N_IMPLS; i++) {
            cell *c = &cells[k][i];
            c->rss_kib = -1;
            if (impls[i]->unavailable() || !impls[i]->supports(in[k].kind))
                continue;
            states[i] = impls[i]->prepare(&in[k]);
            if (!states[i]) {
                printf("%s: %s could not prepare\n", in[k].name, impls[i]->name);
                wrong++;
                continue;
            }
            c->ran = 1;
            verify(impls[i], states[i], &in[k], c);
            if (!c->correct) {
                wrong++;
                printf("CHECKSUM MISMATCH %s %s: got %llu elements, sum %llu; expected %llu, %llu\n", in[k].name,
                       impls[i]->name, (unsigned long long)c->got.elements, (unsigned long long)c->got.bounds,
                       (unsigned long long)in[k].expect.elements, (unsigned long long)in[k].expect.bounds);
            }
            if (impls[i]->working_memory)
                c->working = impls[i]->working_memory(states[i]);
            if (!check_only && !quick)
                c->rss_kib = rss_growth_kib(impls[i], states[i], &in[k]);
        }
        if (check_only) {
            printf("%-24s", in[k].name);
            for (int i = 0; i < N_IMPLS; i++)
                if (cells[k][i].ran)
                    printf("  %s %s (%.1f allocs/line)", impls[i]->name, cells[k][i].correct ? "ok" : "WRONG",
                           cells[k][i].allocs_per_line);
            printf("\n");
        } else {
            const bench_input *ref = NULL;
            void *ref_state = NULL;
            if (strcmp(in[k].group, "desc") == 0 || strcmp(in[k].group, "adv") == 0) {
                ref = ascending_of(in, n, &in[k]);
                ref_state = ref ? impls[QRS]->prepare(ref) : NULL;
            }
            time_input(&in[k], states, cells[k], rounds, batch_ns, ref, ref_state);
            if (ref_state)
                impls[QRS]->release(ref_state);
            for (int i = 0; i < N_IMPLS; i++) {
                const cell *c = &cells[k][i];
                if (!c->ran || !c->correct)
                    continue;
                char sum[48];
                if (in[k].kind == BENCH_WRITE)
                    snprintf(sum, sizeof sum, "%llu B equal", (unsigned long long)c->got.elements);
                else
                    snprintf(sum, sizeof sum, "%llu/%llu", (unsigned long long)c->got.elements,
                             (unsigned long long)(c->got.bounds % 1000000));
                printf("%-24s %-11s %10.1f %12.1f %12.2f %12zu %10ld %12s\n", in[k].name, impls[i]->name,
                       mbps(&in[k], c), c->ns_per_pass / (double)in[k].n_lines, c->allocs_per_line, c->heap_peak,
                       c->rss_kib, sum);
            }
            for (int i = 0; i < N_IMPLS; i++) {
                const cell *c = &cells[k][i];
                if (c->ran && c->correct)
                    printf("RESULT %s %s %.1f %.1f %.2f\n", in[k].name, impls[i]->name, mbps(&in[k], c),
                           c->ns_per_pass / (double)in[k].n_lines, c->allocs_per_line);
            }
        }
        fflush(stdout);
        for (int i = 0; i < N_IMPLS; i++)
            if (states[i])
                impls[i]->release(states[i]);
    }
    if (check_only) {
        /* Without timing, only what cannot vary: correctness and allocations. */
        for (size_t k = 0; k < n; k++)
            if (cells[k][QRS].ran && in[k].kind != BENCH_WRITE && cells[k][QRS].allocs_per_line > 0) {
                printf("libqresync allocated on %s\n", in[k].name);
                wrong++;
            }
        wrong += bench_agree(in, n);
        printf("check-bench: %s\n", wrong ? "FAILED"
                                           : "every implementation read the same elements and sums; the parser"
                                             " shortcut agrees with the parser");
        return wrong ? 1 : 0;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS of the whole run: %ld KiB\n", ru.ru_maxrss);
    if (!filter)
        check_targets(in, n, cells);
    if (wrong)
        printf("%d checksum mismatches\n", wrong);
    printf("%s: %d target(s) failed\n", failures || wrong ? "bench FAILED" : "bench passed", failures);
    free(cells);
    bench_inputs_free(in, n);
    return failures || wrong ? 1 : 0;
}
