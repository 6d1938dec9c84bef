# tests/mutate.awk - every one-line mutant of a C source file, one a line:
#
#     LINE <TAB> OPERATOR <TAB> THE MUTATED LINE
#
# in source order, without duplicates on a line (tests/mutate.sh numbers and
# samples them).  Only code is mutated: comments, string and character
# literals are blanked before any operator is looked for (so the positions
# still match the real line), and preprocessor lines with their
# continuations are left alone.  POSIX awk only (mawk runs it).
#
# Operators:
#   rel        <  <=  >  >=  each turned into its neighbour (< into <=, <= into <, ...)
#   eq         == into !=, != into ==
#   logic      && into ||, || into &&
#   off1       a binary "+ 1" or "- 1" dropped
#   ret        return 0; into return 1; and back
#   not        if (x) into if (!(x)), the condition on one line
#   del        a statement line deleted (replaced by "{ }", which keeps an
#              if/else body a statement and the warnings quiet): x++;
#              continue; break; return ...; or a call
#   const      a decimal integer constant one more, or one less

# s with comments, string and character literals replaced by blanks (the
# quotes themselves kept); in_comment carries a block comment to the next line.
function mask(s,    out, i, c, n, q, len) {
    out = ""
    len = length(s)
    i = 1
    while (i <= len) {
        c = substr(s, i, 1)
        n = substr(s, i + 1, 1)
        if (in_comment) {
            if (c == "*" && n == "/") { out = out "  "; i += 2; in_comment = 0; continue }
            out = out " "; i++
            continue
        }
        if (c == "/" && n == "*") { in_comment = 1; out = out "  "; i += 2; continue }
        if (c == "/" && n == "/") { while (i <= len) { out = out " "; i++ } break }
        if (c == "\"" || c == "'") {
            q = c
            out = out c
            i++
            while (i <= len) {
                c = substr(s, i, 1)
                if (c == "\\") { out = out "  "; i += 2; continue }
                out = out (c == q ? c : " ")
                i++
                if (c == q)
                    break
            }
            continue
        }
        out = out c
        i++
    }
    return substr(out, 1, len)
}

function emit(op, text) {
    if (text == orig || (text in seen))
        return
    seen[text] = 1
    print NR "\t" op "\t" text
}

function is_ident(c) { return c ~ /^[A-Za-z0-9_]$/ }

# The position of the parenthesis closing the one at position open in m, or 0.
function closing(m, open,    i, d, c) {
    d = 0
    for (i = open; i <= length(m); i++) {
        c = substr(m, i, 1)
        if (c == "(")
            d++
        else if (c == ")" && --d == 0)
            return i
    }
    return 0
}

function trim(s) {
    sub(/^[ \t]+/, "", s)
    sub(/[ \t]+$/, "", s)
    return s
}

BEGIN { in_comment = 0; pp_cont = 0; prev_end = ";" }

{
    orig = $0
    was_comment = in_comment
    m = mask(orig)
    split("", seen)
    # Preprocessor lines (and lines continuing one) are not code to mutate.
    if (pp_cont || (!was_comment && orig ~ /^[ \t]*#/)) {
        pp_cont = (orig ~ /\\$/)
        next
    }
    o = orig
    len = length(m)

    # rel, eq, logic: one mutant per operator occurrence.
    for (i = 1; i <= len; i++) {
        c = substr(m, i, 1)
        n = substr(m, i + 1, 1)
        p = i > 1 ? substr(m, i - 1, 1) : ""
        if (c == "<") {
            if (n == "<") { i++; continue }            # << and <<=
            if (n == "=") { emit("rel", substr(o, 1, i - 1) "<" substr(o, i + 2)); i++; continue }
            emit("rel", substr(o, 1, i) "=" substr(o, i + 1))
        } else if (c == ">") {
            if (p == "-") continue                      # ->
            if (n == ">") { i++; continue }            # >> and >>=
            if (n == "=") { emit("rel", substr(o, 1, i - 1) ">" substr(o, i + 2)); i++; continue }
            emit("rel", substr(o, 1, i) "=" substr(o, i + 1))
        } else if (c == "=" && n == "=") {
            emit("eq", substr(o, 1, i - 1) "!=" substr(o, i + 2)); i++
        } else if (c == "!" && n == "=") {
            emit("eq", substr(o, 1, i - 1) "==" substr(o, i + 2)); i++
        } else if (c == "&" && n == "&") {
            emit("logic", substr(o, 1, i - 1) "||" substr(o, i + 2)); i++
        } else if (c == "|" && n == "|") {
            emit("logic", substr(o, 1, i - 1) "&&" substr(o, i + 2)); i++
        }
    }

    # off1: "X + 1" / "X - 1" with X an operand (so never a unary minus), the
    # 1 a whole constant (not 10, 1.5 or 0x1), dropped with its operator.
    for (i = 2; i <= len; i++) {
        c = substr(m, i, 1)
        if (c != "+" && c != "-")
            continue
        n = substr(m, i + 1, 1)
        p = substr(m, i - 1, 1)
        if (n == c || p == c || n == "=" || n == ">")
            continue
        j = i - 1
        if (substr(m, j, 1) == " ")
            j--
        if (j < 1 || substr(m, j, 1) !~ /^[A-Za-z0-9_)\]]$/)
            continue
        k = i + 1
        if (substr(m, k, 1) == " ")
            k++
        if (substr(m, k, 1) != "1" || (k > 1 && is_ident(substr(m, k - 1, 1))))
            continue
        k++
        while (substr(m, k, 1) ~ /^[uUlL]$/)
            k++
        if (substr(m, k, 1) ~ /^[A-Za-z0-9_.]$/)
            continue
        emit("off1", substr(o, 1, j) substr(o, k))
    }

    # ret: return 0; <-> return 1;
    for (v = 0; v <= 1; v++) {
        at = index(m, "return " v ";")
        if (at > 0 && (at == 1 || !is_ident(substr(m, at - 1, 1))))
            emit("ret", substr(o, 1, at + 6) (1 - v) substr(o, at + 8))
    }

    # not: if (x) -> if (!(x)) when the condition closes on this line.
    start = 1
    while ((at = index(substr(m, start), "if (")) > 0) {
        at += start - 1
        start = at + 4
        if (at > 1 && is_ident(substr(m, at - 1, 1)))
            continue
        open = at + 3
        cl = closing(m, open)
        if (cl)
            emit("not", substr(o, 1, open) "!(" substr(o, open + 1, cl - open - 1) ")" substr(o, cl))
    }

    # del: a whole statement on this line, starting one (the code before it
    # ended a statement, a block, a label, or an if/for/while head or else).
    t = trim(m)
    if (prev_end ~ /^[;{}:)]$/ || prev_end == "else") {
        del = 0
        if (t ~ /^(continue|break);$/ || t ~ /^return([ (].*)?;$/)
            del = 1
        else if (t ~ /^[]A-Za-z0-9_.>[-]*(\+\+|--);$/ || t ~ /^(\+\+|--)[]A-Za-z0-9_.>[-]*;$/)
            del = 1
        else if (t ~ /^(\(void\) ?)?[A-Za-z_][A-Za-z0-9_]*((->|\.)[A-Za-z_][A-Za-z0-9_]*)*\(.*\);$/ &&
                 t !~ /^(if|while|for|switch|return|sizeof|do)[ (]/) {
            # the call's own parentheses must span the statement: not "f(a) + g(b);"
            open = index(t, "(")
            if (substr(t, 1, 7) == "(void) " || substr(t, 1, 6) == "(void)")
                open = index(substr(t, 7), "(") + 6
            del = (closing(t, open) == length(t) - 1)
        }
        if (del && t ~ /^return/) {
            # balanced parentheses: the return starts and ends here
            d = 0
            for (i = 1; i <= length(t); i++) {
                c = substr(t, i, 1)
                if (c == "(") d++
                else if (c == ")") d--
            }
            del = (d == 0)
        }
        if (del) {
            indent = o
            sub(/[^ \t].*$/, "", indent)
            emit("del", indent "{ }")
        }
    }

    # const: decimal integer constants, one more and one less (0 only up).
    for (i = 1; i <= len; i++) {
        c = substr(m, i, 1)
        if (c !~ /^[0-9]$/ || (i > 1 && substr(m, i - 1, 1) ~ /^[A-Za-z0-9_.]$/))
            continue
        k = i
        while (substr(m, k, 1) ~ /^[0-9]$/)
            k++
        digits = substr(m, i, k - i)
        e = k
        while (substr(m, e, 1) ~ /^[uUlL]$/)
            e++
        # hexadecimal, octal, floating or too long for exact awk arithmetic: skip
        if (substr(m, e, 1) ~ /^[A-Za-z0-9_.]$/ || (length(digits) > 1 && substr(digits, 1, 1) == "0") ||
            length(digits) > 15) {
            i = e
            continue
        }
        val = digits + 0
        emit("const", substr(o, 1, i - 1) sprintf("%.0f", val + 1) substr(o, k))
        if (val > 0)
            emit("const", substr(o, 1, i - 1) sprintf("%.0f", val - 1) substr(o, k))
        i = e
    }

    # What the next line follows: the last code on this one.
    if (t != "") {
        if (t ~ /(^|[^A-Za-z0-9_])else$/)
            prev_end = "else"
        else
            prev_end = substr(t, length(t), 1)
    }
}
