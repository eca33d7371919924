/* profile_parse.c - protobuf text format to a tree of fields. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "profile_parse.h"

struct pf_lex {
	struct pf_doc *doc;
	const char *s;
	size_t len, off;
	unsigned line, col;
	struct scif_err *err;
};

static int
is_ident_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int
is_ident(int c)
{
	return is_ident_start(c) || (c >= '0' && c <= '9');
}

static int
peekc(const struct pf_lex *lx)
{
	return lx->off < lx->len ? (unsigned char)lx->s[lx->off] : -1;
}

static void
advance(struct pf_lex *lx)
{
	if (lx->off >= lx->len)
		return;
	if (lx->s[lx->off] == '\n') {
		lx->line++;
		lx->col = 1;
	} else
		lx->col++;
	lx->off++;
}

static int
fail(struct pf_lex *lx, const char *what)
{
	return err_at(lx->err, lx->doc->file, lx->line, lx->col, "%s", what);
}

/* Blanks and comments. */
static void
skip_space(struct pf_lex *lx)
{
	int c;

	while ((c = peekc(lx)) != -1) {
		if (c == '#') {
			while ((c = peekc(lx)) != -1 && c != '\n')
				advance(lx);
		} else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v')
			advance(lx);
		else
			break;
	}
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* One escape after the backslash; the byte, or -1 (lx->err set). */
static int
escape(struct pf_lex *lx)
{
	int c = peekc(lx), v, i, d;

	advance(lx);
	switch (c) {
	case 'n':
		return '\n';
	case 't':
		return '\t';
	case 'r':
		return '\r';
	case 'a':
		return '\a';
	case 'b':
		return '\b';
	case 'f':
		return '\f';
	case 'v':
		return '\v';
	case '\\':
	case '\'':
	case '"':
	case '?':
		return c;
	case 'x':
		for (v = 0, i = 0; i < 2 && (d = hexval(peekc(lx))) >= 0; i++) {
			v = v * 16 + d;
			advance(lx);
		}
		if (i == 0)
			return fail(lx, "\\x without hex digits"), -1;
		return v;
	default:
		if (c >= '0' && c <= '7') {
			v = c - '0';
			for (i = 1; i < 3 && (c = peekc(lx)) >= '0' && c <= '7';
			     i++) {
				v = v * 8 + (c - '0');
				advance(lx);
			}
			if (v > 255)
				return fail(lx, "octal escape above \\377"), -1;
			return v;
		}
	}
	fail(lx, "unknown escape in a string");
	return -1;
}

/*
 * A quoted string and any strings right after it, joined into buf (which
 * grows in the arena).  A NUL byte is refused: every value is a C string.
 */
static int
read_strings(struct pf_lex *lx, struct pf_field *f)
{
	size_t cap = 64, n = 0;
	char *buf, *nb;
	int q, c;

	if ((buf = malloc(cap)) == NULL)
		return err_set(lx->err, SCIF_E_INTERNAL, ENOMEM, "profile");
	while ((q = peekc(lx)) == '"' || q == '\'') {
		advance(lx);
		for (;;) {
			c = peekc(lx);
			if (c == -1 || c == '\n') {
				free(buf);
				return fail(lx, "unterminated string");
			}
			advance(lx);
			if (c == q)
				break;
			if (c == '\\' && (c = escape(lx)) < 0) {
				free(buf);
				return -EINVAL;
			}
			if (c == 0) {
				free(buf);
				return fail(lx, "a NUL byte in a string");
			}
			if (n + 1 >= cap) {
				if ((nb = realloc(buf, cap * 2)) == NULL) {
					free(buf);
					return err_set(lx->err, SCIF_E_INTERNAL,
					    ENOMEM, "profile");
				}
				buf = nb;
				cap *= 2;
			}
			buf[n++] = (char)c;
		}
		skip_space(lx);
	}
	f->str = parena_strndup(&lx->doc->arena, buf, n);
	f->len = n;
	free(buf);
	if (f->str == NULL)
		return err_set(lx->err, SCIF_E_INTERNAL, ENOMEM, "profile");
	return 0;
}

/* A number or identifier as written ("-1", "0x10", "1.5", "true"). */
static int
read_word(struct pf_lex *lx, struct pf_field *f)
{
	size_t start = lx->off;
	int c = peekc(lx);

	f->kind = is_ident_start(c) ? PF_IDENT : PF_NUM;
	if (c == '-' || c == '+')
		advance(lx);
	while ((c = peekc(lx)) != -1 && (is_ident(c) || c == '.'))
		advance(lx);
	if (lx->off == start ||
	    (f->kind == PF_NUM && lx->off == start + 1 &&
		!is_ident(lx->s[start])))
		return fail(lx, "expected a value");
	f->len = lx->off - start;
	f->str = parena_strndup(&lx->doc->arena, lx->s + start, f->len);
	if (f->str == NULL)
		return err_set(lx->err, SCIF_E_INTERNAL, ENOMEM, "profile");
	return 0;
}

static int parse_fields(
    struct pf_lex *lx, struct pf_field **head, int close, int depth);

static int
parse_value(struct pf_lex *lx, struct pf_field *f, int depth)
{
	int c = peekc(lx);

	f->vline = lx->line;
	f->vcol = lx->col;
	if (c == '{' || c == '<') {
		if (depth + 1 >= PF_MAX_DEPTH)
			return fail(lx, "messages nested too deeply");
		advance(lx);
		f->kind = PF_MSG;
		return parse_fields(
		    lx, &f->sub, c == '{' ? '}' : '>', depth + 1);
	}
	if (c == '"' || c == '\'') {
		f->kind = PF_STR;
		return read_strings(lx, f);
	}
	if (c == '-' || c == '+' || c == '.' || is_ident(c)) {
		if (read_word(lx, f) < 0)
			return -EINVAL;
		skip_space(lx);
		return 0;
	}
	return fail(lx,
	    c == -1 ? "a value is missing at the end of the file"
		    : "expected a value");
}

static int
parse_field(struct pf_lex *lx, struct pf_field *f, int depth)
{
	size_t start = lx->off;
	int colon = 0;

	f->line = lx->line;
	f->col = lx->col;
	if (!is_ident_start(peekc(lx)))
		return fail(lx, "expected a field name");
	while (is_ident(peekc(lx)))
		advance(lx);
	f->name =
	    parena_strndup(&lx->doc->arena, lx->s + start, lx->off - start);
	if (f->name == NULL)
		return err_set(lx->err, SCIF_E_INTERNAL, ENOMEM, "profile");
	skip_space(lx);
	if (peekc(lx) == ':') {
		colon = 1;
		advance(lx);
		skip_space(lx);
	}
	if (!colon && peekc(lx) != '{' && peekc(lx) != '<')
		return fail(lx, "expected ':' or '{' after the field name");
	if (parse_value(lx, f, depth) < 0)
		return -EINVAL;
	skip_space(lx);
	if (peekc(lx) == ',' || peekc(lx) == ';') {
		advance(lx);
		skip_space(lx);
	}
	return 0;
}

/* Fields up to close ('}', '>' or -1 for the end of the text). */
static int
parse_fields(struct pf_lex *lx, struct pf_field **head, int close, int depth)
{
	struct pf_field **tail = head, *f;

	for (;;) {
		skip_space(lx);
		if (peekc(lx) == close) {
			if (close != -1)
				advance(lx);
			skip_space(lx);
			return 0;
		}
		if (peekc(lx) == -1)
			return fail(lx,
			    "unbalanced '{': the file ends inside "
			    "a message");
		if ((f = parena_alloc(&lx->doc->arena, sizeof(*f))) == NULL)
			return err_set(
			    lx->err, SCIF_E_INTERNAL, ENOMEM, "profile");
		if (parse_field(lx, f, depth) < 0)
			return -EINVAL;
		*tail = f;
		tail = &f->next;
	}
}

int
pf_parse(struct pf_doc *doc, const char *file, const char *text, size_t len,
    struct scif_err *err)
{
	struct pf_lex lx;

	memset(doc, 0, sizeof(*doc));
	if ((doc->file = parena_strndup(&doc->arena, file, strlen(file))) ==
	    NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	if (len > PF_MAX_TEXT)
		return err_at(
		    err, file, 1, 1, "larger than %u bytes", PF_MAX_TEXT);
	if (memchr(text, '\0', len) != NULL)
		return err_at(err, file, 1, 1, "a NUL byte in the text");
	memset(&lx, 0, sizeof(lx));
	lx.doc = doc;
	lx.s = text;
	lx.len = len;
	lx.line = 1;
	lx.col = 1;
	lx.err = err;
	return parse_fields(&lx, &doc->head, -1, 0);
}

int
pf_parse_file(struct pf_doc *doc, const char *path, struct scif_err *err)
{
	struct stat st;
	char *text;
	ssize_t r;
	size_t n = 0;
	int fd, ret;

	memset(doc, 0, sizeof(*doc));
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return err_set(err, SCIF_E_USAGE, errno, "profile %s", path);
	if (fstat(fd, &st) < 0) {
		ret = errno;
		close(fd);
		return err_set(err, SCIF_E_USAGE, ret, "profile %s", path);
	}
	if (!S_ISREG(st.st_mode) || st.st_size > (off_t)PF_MAX_TEXT) {
		close(fd);
		return err_set(err, SCIF_E_USAGE, 0,
		    "profile %s: not a regular file of at most %u bytes", path,
		    PF_MAX_TEXT);
	}
	if ((text = malloc((size_t)st.st_size + 1)) == NULL) {
		close(fd);
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	}
	ret = EIO;
	while (n < (size_t)st.st_size) {
		r = read(fd, text + n, (size_t)st.st_size - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			ret = errno;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	if (n != (size_t)st.st_size) {
		free(text);
		return err_set(err, SCIF_E_USAGE, ret, "reading %s", path);
	}
	text[n] = '\0';
	ret = pf_parse(doc, path, text, n, err);
	free(text);
	return ret;
}

char *
pf_join_lines(struct pf_doc *doc, const struct pf_field *const *lines, size_t n)
{
	size_t i, len = 0;
	char *text;

	for (i = 0; i < n; i++)
		len += lines[i]->len + 1;
	if ((text = parena_alloc(&doc->arena, len + 1)) == NULL)
		return NULL;
	for (len = 0, i = 0; i < n; i++) {
		memcpy(text + len, lines[i]->str, lines[i]->len);
		len += lines[i]->len;
		text[len++] = '\n';
	}
	text[len] = '\0';
	return text;
}

void
pf_free(struct pf_doc *doc)
{
	parena_free(&doc->arena);
	doc->head = NULL;
}
