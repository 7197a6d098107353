/*
 * The libc behaviour the engine relies on, as 9front defines it:
 * print(2) verbs and flags, quote(2), tokenize and getfields, errstr.
 * On 9front this checks the real libc; on the host, the host layer.
 * The expected strings follow from 9front's sources (libc/fmt/dofmt.c,
 * fltfmt.c, fmtquote.c, port/rune.c), not from glibc's printf.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

static void
is(char *got, char *want)
{
	check(strcmp(got, want) == 0, "got %q, want %q", got, want);
	free(got);
}

static double
bitsd(uvlong b)
{
	double d;

	memmove(&d, &b, sizeof d);
	return d;
}

typedef struct Flt Flt;
struct Flt {
	char	*fmt;
	double	v;
	char	*want;
};

/*
 * fltfmt.c's xdtoa makes 17 digits (by multiplication, then stepped until
 * strtod gives the value back, or rounded to 15 if as many are asked for
 * and that converts back), then adds 5 at the first digit not printed:
 * halves round away from zero on the decimal string. e and g take prec+1
 * and prec significant digits, f prec+1 plus the exponent; no more than
 * 17 digits come from the value, zeros after; prec is at most 30; the 0
 * flag and the precision are dropped before the field is padded.
 */
static Flt flts[] = {
	/* exact halves: up, where glibc rounds to even */
	{"%5.1f", 2.25, "  2.3"},
	{"%.2f", 0.125, "0.13"},
	{"%.0f", 0.5, "1"},
	{"%.0f", 1.5, "2"},
	{"%.0f", 2.5, "3"},
	{"%.1f", 0.25, "0.3"},
	{"%.1e", 0.25, "2.5e-01"},
	{"%.0e", 2.5, "3e+00"},
	{"%.1g", 0.25, "0.3"},
	{"%.2g", 2.25, "2.3"},
	{"%.0g", 2.5, "3"},
	/* 0.15 and 0.35 are a little under: 0.15×10 and 0.35×10 round to 1.5 and 3.5, whose digits convert back */
	{"%.1f", 0.15, "0.2"},
	{"%.1f", 0.35, "0.4"},
	/* 9.995 is 9.99499999999999921...: its digits are 99949999..., and 4 does not carry */
	{"%.2f", 9.995, "9.99"},
	{"%.2f", 9.996, "10.00"},
	/* carries through every digit into a new one */
	{"%.1f", 9.96875, "10.0"},
	{"%.1f", 0.96875, "1.0"},
	{"%.2e", 9.9951171875, "1.00e+01"},
	{"%.0g", 15.0, "2e+01"},
	{"%g", 999999.5, "1e+06"},
	/* zero: a sign bit prints */
	{"%f", 0.0, "0.000000"},
	{"%e", 0.0, "0.000000e+00"},
	{"%g", 0.0, "0"},
	{"%.0f", 0.0, "0"},
	{"%.0f", -0.4, "-0"},
	/* large and tiny; %f past 17 digits fills with zeros */
	{"%f", 1e20, "100000000000000000000.000000"},
	{"%.0f", 123456789012345680.0, "123456789012345680"},
	{"%e", 1e300, "1.000000e+300"},
	{"%g", 1e100, "1e+100"},
	{"%e", 1e-300, "1.000000e-300"},
	{"%.3e", 1e-310, "1.000e-310"},
	{"%g", 5e-324, "4.94066e-324"},
	/* %g: f style from exponent -4 to prec-1 */
	{"%g", 100000.0, "100000"},
	{"%g", 1000000.0, "1e+06"},
	{"%g", 123456.0, "123456"},
	{"%g", 1234567.0, "1.23457e+06"},
	{"%g", 0.0001, "0.0001"},
	{"%g", 0.00001, "1e-05"},
	{"%g", 0.5, "0.5"},
	{"%.3g", 0.0001234, "0.000123"},
	{"%G", 1e-10, "1E-10"},
	{"%E", 12345.678, "1.234568E+04"},
	/* 15 digits and more: 0.1 rounds to 15 digits that convert back, so no ...0555 */
	{"%.17g", 0.1, "0.1"},
	{"%.20f", 0.1, "0.10000000000000000000"},
	{"%.40f", 1.0, "1.000000000000000000000000000000"},
	/* flags */
	{"%#.0f", 2.0, "2."},
	{"%#.0e", 2.0, "2.e+00"},
	{"%#g", 1.0, "1.00000"},
	{"%#g", 100000.0, "100000."},
	{"%+f", 1.0, "+1.000000"},
	{"% f", 1.0, " 1.000000"},
	{"%+f", -1.0, "-1.000000"},
	{"%+.1e", 0.0, "+0.0e+00"},
	{"% g", 0.5, " 0.5"},
	{"%+8.2f|", 3.14159, "   +3.14|"},
	{"%08.2f", 3.14159, "    3.14"},
	{"%-8.1f|", 2.25, "2.3     |"},
};

static void
floats(void)
{
	Flt *c;
	double nz;
	float x;

	for(c = flts; c < flts + nelem(flts); c++)
		check(strcmp(smprint(c->fmt, c->v), c->want) == 0, "%s of %g: %q, want %q",
			c->fmt, c->v, smprint(c->fmt, c->v), c->want);
	nz = bitsd(1ULL<<63);	/* -0.0 would be 0 - 0.0 to 6c */
	is(smprint("%f %g %e", nz, nz, nz), "-0.000000 -0 -0.000000e+00");
	/* NaN and Inf spelled so, after the sign the flags ask for; no zero padding */
	is(smprint("%f %g %e %+f % g", NaN(), Inf(1), Inf(-1), Inf(1), Inf(1)), "NaN Inf -Inf +Inf  Inf");
	is(smprint("%5f|%-6e|%08f|%+f", NaN(), Inf(-1), Inf(1), NaN()), "  NaN|-Inf  |     Inf|+NaN");
	is(smprint("%f", bitsd(0xFFF8000000000000ULL)), "-NaN");
	x = 0.1;
	is(smprint("%.9g", x), "0.100000001");
}

/*
 * %s copies runes (_fmtcpy): a bad byte becomes U+FFFD, but a sequence
 * that fullrune, by its first byte, finds cut short by the end is not
 * printed, nor what follows it; the field counts runes.
 */
static void
strings(void)
{
	char buf[16];
	Rune rs[3];
	int n;

	is(smprint("%s|", "ab\xff"), "ab|");
	is(smprint("%s|", "\xe4\xb8"), "|");
	is(smprint("%s|", "\xff" "ab"), "|");
	is(smprint("%s|", "\x80"), "|");
	is(smprint("%s", "a\xff" "bcd"), "a\xef\xbf\xbd" "bcd");
	is(smprint("%s", "\xc3("), "\xef\xbf\xbd(");
	is(smprint("%s", "\x80" "a"), "\xef\xbf\xbd" "a");
	is(smprint("%5s|", "ab\xff"), "  ab|");
	is(smprint("%.2s|", "h\xc3\xa9llo"), "h\xc3\xa9|");
	is(smprint("%.1s|", "\xe4\xb8\xad" "x"), "\xe4\xb8\xad|");
	is(smprint("%-4s|", "\xc3\xa9"), "\xc3\xa9   |");
	/* %c copies a byte the same way; %C and %S encode runes, surrogates too, past Runemax as U+FFFD */
	is(smprint("%c|%3c|", 'A', 0xe9), "A|  |");
	is(smprint("%C|%C|%3C|%.0C|", 0xD800, 0x110000, 0x263A, 'x'), "\xed\xa0\x80|\xef\xbf\xbd|  \xe2\x98\xba||");
	rs[0] = 'a';
	rs[1] = 0x263A;
	rs[2] = 0;
	is(smprint("%S|%.1S|%4S|", rs, rs, rs), "a\xe2\x98\xba|a|  a\xe2\x98\xba|");
	/* snprint keeps whole runes */
	n = snprint(buf, 4, "%s", "a\xe2\x98\xba" "b");
	check(n == 1 && strcmp(buf, "a") == 0, "snprint 4 of a☺b: %d %q", n, buf);
	n = snprint(buf, 5, "%s", "a\xe2\x98\xba" "b");
	check(n == 4 && strcmp(buf, "a\xe2\x98\xba") == 0, "snprint 5 of a☺b: %d %q", n, buf);
	n = snprint(buf, 4, "a\xe2\x98\xba" "b");
	check(n == 1 && strcmp(buf, "a") == 0, "snprint 4 of a☺b as format: %d %q", n, buf);
	check(snprint(buf, 0, "x") == -1, "snprint into 0 bytes");
}

/*
 * %q quotes for a blank, control character or quote, or an empty string,
 * or with #; doquote, nil unless the program sets it, may ask for more;
 * the field counts bytes; what does not fit an snprint buffer is left
 * out with the closing quote kept.
 */
static void
quotes(void)
{
	char buf[16];

	is(smprint("%q %q %q %q", "plain", "a b", "it's", ""), "plain 'a b' 'it''s' ''");
	is(smprint("%q %q %#q", "a$b", "tab\there", "plain"), "a$b 'tab\there' 'plain'");
	is(smprint("%8q|%.2q|%q", "a b", "a b c", "\xc3\xa9"), "   'a b'|'a '|\xc3\xa9");
	snprint(buf, 6, "%q", "a b c d");
	is(strdup(buf), "'a b'");
	doquote = needsrcquote;
	is(smprint("%q", "a$b"), "'a$b'");
	doquote = nil;
}

void
testfmt(void)
{
	char buf[64], *s, *f[8], *kfmt;
	int n;

	is(smprint("%d %ud %x %ux", -5, -5, -1, -1), "-5 4294967291 -1 ffffffff");
	is(smprint("%lld %llud %llux", -5LL, 18446744073709551611ULL, 0xdeadbeefcafeULL),
		"-5 18446744073709551611 deadbeefcafe");
	is(smprint("%ld %lud %lx", (long)-7, (ulong)7, (long)-1), "-7 7 -1");
	is(smprint("%.8ux|%5d|%-5d|%05d|%+d", 255, 42, 42, -42, 5), "000000ff|   42|42   |-0042|+5");
	is(smprint("%,d %b %o %#x %#o", 1234567, 5, 8, 255, 8), "1,234,567 101 10 0xff 010");
	is(smprint("%hhd %hd %hud", 300, 70000, 65535), "44 4464 65535");
	is(smprint("%p", (void*)(uintptr)0x1234), "1234");
	/* _ifmt's buffer is 70 bytes: precision stops at 66 digits */
	s = smprint("%.100d", 1);
	check(strlen(s) == 66 && s[0] == '0' && s[65] == '1', "%%.100d: %ld digits", (long)strlen(s));
	free(s);
	is(smprint("%s|%.3s|%5s|%-5s|", nil, "abcdef", "ab", "ab"), "<nil>|abc|   ab|ab   |");
	is(smprint("%c%C%%|%3%|", 'A', 0x263A), "A\xe2\x98\xba%|  %|");
	is(smprint("%f %.2f %g %5.1f", 1.5, 3.14159, 0.0001, 2.25), "1.500000 3.14 0.0001   2.3");
	is(smprint("%*d|%-*d|", 4, 7, 3, 7), "   7|7  |");
	kfmt = "%k";	/* an unknown verb prints itself between percents */
	is(smprint(kfmt), "%k%");
	s = smprint("ab%ncd", &n);
	check(n == 2 && strcmp(s, "abcd") == 0, "%%n: %d", n);
	free(s);
	werrstr("boom %d", 3);
	is(smprint("%r"), "boom 3");
	quotefmtinstall();
	floats();
	strings();
	quotes();

	n = snprint(buf, 5, "%s", "abcdefgh");
	check(n == 4 && strcmp(buf, "abcd") == 0, "snprint truncation: %d %q", n, buf);
	s = seprint(buf, buf+sizeof buf, "x=%d", 12);
	check(s == buf+4 && *s == 0, "seprint end at %d", (int)(s - buf));

	s = strdup("a 'b c' 'it''s' d");
	n = tokenize(s, f, nelem(f));
	check(n == 4 && strcmp(f[0], "a") == 0 && strcmp(f[1], "b c") == 0
		&& strcmp(f[2], "it's") == 0 && strcmp(f[3], "d") == 0, "tokenize: %d fields", n);
	free(s);
	s = strdup("a,,b,");
	n = getfields(s, f, nelem(f), 0, ",");
	check(n == 4 && strcmp(f[0], "a") == 0 && f[1][0] == 0 && strcmp(f[2], "b") == 0 && f[3][0] == 0,
		"getfields: %d fields", n);
	free(s);
	s = strdup(",a,,b,");
	n = getfields(s, f, nelem(f), 1, ",");
	check(n == 2 && strcmp(f[0], "a") == 0 && strcmp(f[1], "b") == 0, "getfields mflag: %d fields", n);
	free(s);

	werrstr("first");
	strcpy(buf, "second");
	errstr(buf, sizeof buf);
	check(strcmp(buf, "first") == 0, "errstr returned %q", buf);
	rerrstr(buf, sizeof buf);
	check(strcmp(buf, "second") == 0, "errstr did not swap: %q", buf);
}
