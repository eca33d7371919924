/* childrec.c - records, and a descriptor with one, over the report socket. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "childrec.h"

void
childrec_msg(struct childrec_msg *cm, const struct child_record *rec, int fd)
{
	memset(cm, 0, sizeof(*cm));
	cm->iov.iov_base = (void *)rec;
	cm->iov.iov_len = sizeof(*rec);
	cm->m.msg_iov = &cm->iov;
	cm->m.msg_iovlen = 1;
	if (fd >= 0) {
		cm->m.msg_control = cm->c.buf;
		cm->m.msg_controllen = sizeof(cm->c.buf);
		cm->c.h.cmsg_level = SOL_SOCKET;
		cm->c.h.cmsg_type = SCM_RIGHTS;
		cm->c.h.cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(&cm->c.h), &fd, sizeof(int));
	}
}

int
childrec_send(int sock, const struct child_record *rec, int fd)
{
	struct childrec_msg cm;
	ssize_t r;

	childrec_msg(&cm, rec, fd);
	do {
		r = sendmsg(sock, &cm.m, CHILDREC_SEND_FLAGS);
	} while (r < 0 && errno == EINTR);
	if (r < 0)
		return -errno;
	return r == (ssize_t)sizeof(*rec) ? 0 : -EPROTO;
}

/* The descriptor of an SCM_RIGHTS message, or -1. */
static int
passed_fd(struct msghdr *m)
{
	struct cmsghdr *h;
	int fd = -1;

	for (h = CMSG_FIRSTHDR(m); h != NULL; h = CMSG_NXTHDR(m, h)) {
		if (h->cmsg_level == SOL_SOCKET && h->cmsg_type == SCM_RIGHTS &&
		    h->cmsg_len == CMSG_LEN(sizeof(int)))
			memcpy(&fd, CMSG_DATA(h), sizeof(int));
	}
	return fd;
}

int
childrec_recv(int sock, struct child_record *rec, int *fd)
{
	struct iovec iov = { rec, sizeof(*rec) };
	struct msghdr m;
	union childrec_cmsg c;
	ssize_t r;
	int reset = 0;

	*fd = -1;
	memset(&m, 0, sizeof(m));
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = c.buf;
	m.msg_controllen = sizeof(c.buf);
	/* A peer that ended with records of ours unread is reported once
	 * (ECONNRESET) before what it sent is: its last words, as a
	 * failure's record, must still be read. */
	do {
		r = recvmsg(sock, &m, MSG_CMSG_CLOEXEC);
		if (r < 0 && errno == ECONNRESET && !reset) {
			reset = 1;
			errno = EINTR;
		}
	} while (r < 0 && errno == EINTR);
	if (r < 0)
		return -errno;
	*fd = passed_fd(&m);
	if (r == 0 && *fd < 0)
		return 0;
	if (r != (ssize_t)sizeof(*rec) || (m.msg_flags & MSG_CTRUNC) != 0) {
		if (*fd >= 0)
			(void)close(*fd);
		*fd = -1;
		return -EPROTO;
	}
	rec->err.msg[sizeof(rec->err.msg) - 1] = '\0';
	rec->err.layer[sizeof(rec->err.layer) - 1] = '\0';
	rec->err.file[sizeof(rec->err.file) - 1] = '\0';
	return 1;
}
