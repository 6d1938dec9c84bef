# seeds.awk - seed inputs for a fuzz target other than fuzz_parse (whose
# seeds come from fuzz/vec-to-corpus.awk), made from the conformance vectors
# (tests/vectors/*.vec, format 1) in the byte layout that target reads, as its
# header comment in fuzz/ describes it.  One file per distinct seed, DIR/seedNNNN.
#
#   LC_ALL=C awk -F'\t' -v target=fuzz_frame -v dir=DIR [-v oracle_targets=src/oracle/compare.c] \
#       -f fuzz/oss-fuzz/seeds.awk tests/vectors/*.vec
#
# A target this file does not know gets each vector message with its CRLF and
# no leading bytes, and a note on stderr: libFuzzer mutates from there, but a
# recipe here, in the layout the target reads, would start it closer.
# LC_ALL=C keeps printf "%c" to one byte for values above 127 in gawk.

BEGIN {
    known = target ~ /^fuzz_(frame|oracle|sets|build)$/
    if (!known)
        print "seeds.awk: " target ": no seed layout known here; seeded with the plain vector messages" > "/dev/stderr"
    # The order of the dialects in fuzz_oracle.c's table and in the
    # qrs_dialect enumeration (fuzz_build takes the enumeration value).
    dialect_index["rfc7162"] = 0; dialect_index["rfc5162"] = 1; dialect_index["draft03"] = 2
    # fuzz_build's edgy(): a first byte below 10 picks one of these values.
    split("0 1 2 4294967294 4294967295 4294967296 9223372036854775807 9223372036854775808 " \
          "18446744073709551614 18446744073709551615", e, " ")
    for (i = 1; i <= 10; i++)
        edge[e[i]] = i - 1
    if (target == "fuzz_oracle")
        read_oracle_targets()
    nframe = 0
    frame = ""
}

# fuzz_oracle's first byte picks a rule by its index in compare.c's targets[]
# (the low six bits, modulo their count); read the indices rather than copy them.
function read_oracle_targets(    line, n, name) {
    n = 0
    while ((getline line < oracle_targets) > 0) {
        if (line ~ /targets\[\] = \{/)
            inside = 1
        else if (inside && line ~ /^\};/)
            break
        else if (inside && line ~ /^[ \t]*\{"/) {
            name = line
            sub(/^[ \t]*\{"/, "", name)
            sub(/".*/, "", name)
            rule[name] = n++
        }
    }
    close(oracle_targets)
    if (!("client-line" in rule) || !("server-line" in rule)) {
        print "seeds.awk: no client-line/server-line in " oracle_targets > "/dev/stderr"
        exit 1
    }
}

# The vector escapes undone: \\ \r \n \t and \xHH.
function unescape(s,    out, c, d, hex) {
    out = ""
    hex = "0123456789abcdef"
    while (s != "") {
        c = substr(s, 1, 1)
        if (c == "\\" && length(s) >= 2) {
            d = substr(s, 2, 1)
            if (d == "\\") { out = out "\\"; s = substr(s, 3); continue }
            if (d == "r") { out = out "\r"; s = substr(s, 3); continue }
            if (d == "n") { out = out "\n"; s = substr(s, 3); continue }
            if (d == "t") { out = out "\t"; s = substr(s, 3); continue }
            if (d == "x" && length(s) >= 4) {
                out = out sprintf("%c", (index(hex, tolower(substr(s, 3, 1))) - 1) * 16 + \
                                        index(hex, tolower(substr(s, 4, 1))) - 1)
                s = substr(s, 5)
                continue
            }
        }
        out = out c
        s = substr(s, 2)
    }
    return out
}

function emit(bytes,    f) {
    if (bytes in written)
        return
    written[bytes] = 1
    f = sprintf("%s/seed%04d", dir, ++nseeds)
    printf "%s", bytes > f
    close(f)
}

# A decimal number (any length) as n big-endian bytes, by long division:
# awk's doubles are exact only up to 2^53, and mod-sequences go to 2^64 - 1.
function be_bytes(dec, n,    out, q, rem, i, cur) {
    out = ""
    while (n-- > 0) {
        q = ""; rem = 0
        for (i = 1; i <= length(dec); i++) {
            cur = rem * 10 + substr(dec, i, 1)
            if (q != "" || int(cur / 256) > 0)
                q = q int(cur / 256)
            rem = cur % 256
        }
        out = sprintf("%c", rem) out
        dec = q == "" ? "0" : q
    }
    return out
}

# fuzz_build's edgy() reading back v: an edge by its index, else four or
# eight bytes after a first byte that asks for that many (pick % 8 + 1).
function edgy(v) {
    if (v == "*")
        v = "4294967295"
    if (v in edge)
        return sprintf("%c", edge[v])
    if (length(v) < 10 || (length(v) == 10 && v <= "4294967295"))
        return sprintf("%c", 11) be_bytes(v, 4)
    if (length(v) > 20 || (length(v) == 20 && v > "18446744073709551615"))
        return sprintf("%c", edge["18446744073709551615"])
    return sprintf("%c", 15) be_bytes(v, 8)
}

# The sequence sets of a message: words of digits, '*', ':' and ',' with at
# least one ':' or ',' (a lone number is more often a mod-sequence or a count).
function sets_of(msg, sets,    n, w, i, k) {
    gsub(/[()\[\]]/, " ", msg)
    n = split(msg, w, " ")
    k = 0
    for (i = 1; i <= n; i++)
        if (w[i] ~ /^[0-9*][0-9*:,]*$/ && w[i] ~ /[:,]/)
            sets[++k] = w[i]
    return k
}

# The longest number of a message (a mod-sequence or UIDVALIDITY if there is
# one), or 1.
function big_number(msg,    best) {
    best = "1"
    while (match(msg, /[0-9]+/)) {
        if (RLENGTH > length(best))
            best = substr(msg, RSTART, RLENGTH)
        msg = substr(msg, RSTART + RLENGTH)
    }
    return best
}

# fuzz_sets: one byte (bit 0: bottom or top of the UID space), then pairs of
# bytes, each a range of values 1 + byte % 128; the pairs go to the two lists
# in turn.  '*' is the top of the universe; 128 is added to keep bytes non-zero.
function seed_sets(set,    parts, n, i, lo, hi, out) {
    n = split(set, parts, ",")
    out = ""
    for (i = 1; i <= n; i++) {
        lo = parts[i]; hi = parts[i]
        if (index(lo, ":")) {
            hi = substr(lo, index(lo, ":") + 1)
            lo = substr(lo, 1, index(lo, ":") - 1)
        }
        lo = lo == "*" ? 255 : 128 + (lo - 1) % 128
        hi = hi == "*" ? 255 : 128 + (hi - 1) % 128
        out = out sprintf("%c%c", lo, hi)
    }
    emit(sprintf("%c", 2) out)
    emit(sprintf("%c", 1) out)
}

# fuzz_build: dialect, builder (0..4), range count (up to 7), the ranges as
# edgy() values, then what that builder reads (fuzz_build.c).
function seed_build(d, set, msg,    parts, n, i, lo, hi, head, num, b) {
    n = split(set, parts, ",")
    if (n > 7)
        n = 7
    head = ""
    for (i = 1; i <= n; i++) {
        lo = parts[i]; hi = parts[i]
        if (index(lo, ":")) {
            hi = substr(lo, index(lo, ":") + 1)
            lo = substr(lo, 1, index(lo, ":") - 1)
        }
        head = head edgy(lo) edgy(hi)
    }
    num = big_number(msg)
    for (b = 0; b < 5; b++) {
        i = sprintf("%c%c%c", d, b, n) head
        if (b == 0)      # VANISHED: EARLIER or not
            i = i sprintf("%c", msg ~ /EARLIER/)
        else if (b == 1) # SELECT (QRESYNC ...): no seq-match pairs, UIDVALIDITY, mod-sequence, two flags
            i = i sprintf("%c", 0) edgy("67890007") edgy(num) sprintf("%c%c", 1, 1)
        else if (b == 2) # UID FETCH (CHANGEDSINCE n [VANISHED])
            i = i edgy(num) sprintf("%c", 1)
        else if (b == 3) # a status response with a response code
            i = i sprintf("%c%c", nseeds % 9, 1) edgy(num)
        else             # VANISHED split at a line length
            i = i sprintf("%c%c", 0, 40 + nseeds % 60)
        emit(i)
    }
}

!/^#/ && NF >= 8 {
    msg = unescape($8)
    if (target == "fuzz_frame") {
        # The first byte seeds where the reads are cut; the rest is a stream
        # of eight distinct messages, in file order, each with its CRLF.
        if (msg in in_stream)
            next
        in_stream[msg] = 1
        frame = frame msg "\r\n"
        if (++nframe == 8) {
            emit(sprintf("%c", nseeds * 37 % 256) frame)
            frame = ""
            nframe = 0
        }
    } else if (target == "fuzz_oracle") {
        # First byte: dialect in the top two bits, rule index in the low six.
        if (length(msg) + 2 > 512)
            next
        d = dialect_index[$2] * 64
        emit(sprintf("%c", d + rule[$3 == "C" ? "client-line" : "server-line"]) msg "\r\n")
        # Fragments from the same message, where it has them.
        k = sets_of(msg, sets)
        for (i = 1; i <= k; i++)
            if ("sequence-set" in rule)
                emit(sprintf("%c", d + rule["sequence-set"]) sets[i])
        if (msg ~ /^\* VANISHED / && ("expunged-resp" in rule))
            emit(sprintf("%c", d + rule["expunged-resp"]) substr(msg, 3))
        if (match(msg, /MODSEQ \([0-9]+\)/) && ("fetch-mod-resp" in rule))
            emit(sprintf("%c", d + rule["fetch-mod-resp"]) substr(msg, RSTART, RLENGTH))
        if (match(msg, /HIGHESTMODSEQ [0-9]+/) && ("mod-sequence-value" in rule))
            emit(sprintf("%c", d + rule["mod-sequence-value"]) substr(msg, RSTART + 14, RLENGTH - 14))
    } else if (target == "fuzz_sets") {
        k = sets_of(msg, sets)
        for (i = 1; i <= k; i++)
            seed_sets(sets[i])
    } else if (target == "fuzz_build") {
        k = sets_of(msg, sets)
        for (i = 1; i <= k; i++)
            if (!((dialect_index[$2], sets[i]) in built)) {
                built[dialect_index[$2], sets[i]] = 1
                seed_build(dialect_index[$2], sets[i], msg)
            }
    } else {
        emit(msg "\r\n")
    }
}

END {
    if (target == "fuzz_frame" && frame != "")
        emit(sprintf("%c", nseeds * 37 % 256) frame)
}
