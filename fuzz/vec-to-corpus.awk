# vec-to-corpus.awk - one seed file per distinct input of the conformance
# vectors (tests/vectors/*.vec, format 1): the two option bytes fuzz_parse
# reads first, then the message with its escapes undone (\\ \r \n; the rare
# \xHH is left as written) and its CRLF.  Run with -F'\t' -v dir=DIR.
!/^#/ && NF >= 8 && !seen[$8]++ {
    s = $8
    gsub(/\\\\/, "\001", s)
    gsub(/\\r/, "\r", s)
    gsub(/\\n/, "\n", s)
    gsub(/\001/, "\\", s)
    f = sprintf("%s/vec%04d", dir, ++n)
    printf "%c%c%s\r\n", 3, 13, s > f
    close(f)
}
