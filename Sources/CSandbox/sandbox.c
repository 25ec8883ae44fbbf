// Starts a sandboxed process. Between fork and exec the child runs only system calls and reads
// memory prepared before the fork, so a multithreaded grader can use it safely.

#define _GNU_SOURCE
#include "CSandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__x86_64__)
#define SANDBOX_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define SANDBOX_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "the sandbox's seccomp filter knows x86_64 and aarch64 only"
#endif

#define LOAD(field) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, field))
#define RETURN(action) BPF_STMT(BPF_RET | BPF_K, (action))
#define DENY(name, error) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_##name, 0, 1), RETURN(SECCOMP_RET_ERRNO | (error))

/// Namespace flags a sandboxed process may not pass to clone (it may not make a sandbox of its own).
#define NAMESPACE_FLAGS (CLONE_NEWNS | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWCGROUP)

/// The grader's seccomp filter. Student code may compute, allocate, read and write its own files, start
/// threads and the Swift runtime's crash reporter. It may not open network sockets (only Unix sockets),
/// trace or write into other processes, leave its process group (which the grader kills as a whole),
/// make namespaces, mount, load modules or use io_uring (which would bypass this filter).
#if defined(__x86_64__)
/// The x32 ABI's numbers would slip past the checks on x86_64 numbers.
#define X32_GUARD BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1), RETURN(SECCOMP_RET_ERRNO | ENOSYS),
#else
#define X32_GUARD
#endif

/// The rules both filters share: socket(domain, …) for Unix sockets only; clone(flags, …) for threads
/// and processes, not namespaces; clone3, whose flags the filter cannot read, refused so that glibc
/// falls back to clone; and no tracing, namespaces, mounts, kernel modules, keyrings or io_uring.
#define SANDBOX_COMMON_RULES \
    LOAD(arch), \
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SANDBOX_AUDIT_ARCH, 1, 0), \
    RETURN(SECCOMP_RET_KILL_PROCESS), \
    LOAD(nr), \
    X32_GUARD \
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_socket, 0, 4), \
    LOAD(args[0]), \
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AF_UNIX, 0, 1), \
    RETURN(SECCOMP_RET_ALLOW), \
    RETURN(SECCOMP_RET_ERRNO | EACCES), \
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 4), \
    LOAD(args[0]), \
    BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, NAMESPACE_FLAGS, 0, 1), \
    RETURN(SECCOMP_RET_ERRNO | EPERM), \
    RETURN(SECCOMP_RET_ALLOW), \
    DENY(clone3, ENOSYS), \
    DENY(ptrace, EPERM), \
    DENY(process_vm_writev, EPERM), \
    DENY(unshare, EPERM), \
    DENY(setns, EPERM), \
    DENY(mount, EPERM), \
    DENY(umount2, EPERM), \
    DENY(pivot_root, EPERM), \
    DENY(chroot, EPERM), \
    DENY(bpf, EPERM), \
    DENY(perf_event_open, EPERM), \
    DENY(userfaultfd, EPERM), \
    DENY(keyctl, EPERM), \
    DENY(add_key, EPERM), \
    DENY(request_key, EPERM), \
    DENY(io_uring_setup, EPERM), \
    DENY(io_uring_enter, EPERM), \
    DENY(io_uring_register, EPERM), \
    DENY(kexec_load, EPERM), \
    DENY(init_module, EPERM), \
    DENY(finit_module, EPERM), \
    DENY(delete_module, EPERM), \
    DENY(reboot, EPERM), \
    DENY(swapon, EPERM), \
    DENY(swapoff, EPERM), \
    DENY(acct, EPERM), \
    DENY(personality, EPERM)

static const struct sock_filter sandbox_filter[] = {
    SANDBOX_COMMON_RULES,
    // setsid and setpgid succeed without effect: every process stays in the group the grader kills
    // whole (the compiler's driver puts the programs it starts in groups of their own, and fails when
    // refused; student code that tries to leave believes it did).
    DENY(setsid, 0),
    DENY(setpgid, 0),
    RETURN(SECCOMP_RET_ALLOW),
};

static const struct sock_fprog sandbox_program = {
    .len = sizeof(sandbox_filter) / sizeof(sandbox_filter[0]),
    .filter = (struct sock_filter *)sandbox_filter,
};

// Landlock, spelled out here because the distribution's kernel headers may predate its later ABIs.
#define LANDLOCK_CREATE_RULESET_VERSION_FLAG (1U << 0)
#define LANDLOCK_RULE_PATH_BENEATH_TYPE 1
#define FS_EXECUTE (1ULL << 0)
#define FS_WRITE_FILE (1ULL << 1)
#define FS_READ_FILE (1ULL << 2)
#define FS_READ_DIR (1ULL << 3)
#define FS_TRUNCATE (1ULL << 14)
#define FS_IOCTL_DEV (1ULL << 15)
#define NET_BIND_TCP (1ULL << 0)
#define NET_CONNECT_TCP (1ULL << 1)
#define SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)
#define SCOPE_SIGNAL (1ULL << 1)

struct grader_landlock_ruleset_attr {
    unsigned long long handled_access_fs;
    unsigned long long handled_access_net;
    unsigned long long scoped;
};

struct grader_landlock_path_beneath_attr {
    unsigned long long allowed_access;
    int parent_fd;
} __attribute__((packed));

/// The file-system rights Landlock knows at `abi`: all of them are handled (denied unless a rule grants).
static unsigned long long landlock_fs_rights(int abi) {
    unsigned long long rights = (1ULL << 13) - 1;  // ABI 1: execute … make_sym
    if (abi >= 2) rights |= 1ULL << 13;            // refer
    if (abi >= 3) rights |= FS_TRUNCATE;
    if (abi >= 5) rights |= FS_IOCTL_DEV;
    return rights;
}

int sandbox_landlock_abi(void) {
    long abi = syscall(444, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION_FLAG);
    return abi > 0 ? (int)abi : 0;
}

/// Restricts the calling process to the given paths: read (and execute) for every path, write as
/// well for the first `writable` ones; no TCP (ABI 4), no signals or abstract Unix sockets beyond its
/// own domain (ABI 6). Only system calls: safe between fork and exec.
static int restrict_to_paths(int abi, const char *const paths[], int count, int writable) {
    unsigned long long fs = landlock_fs_rights(abi);
    struct grader_landlock_ruleset_attr attr = {fs, abi >= 4 ? (NET_BIND_TCP | NET_CONNECT_TCP) : 0,
                                                abi >= 6 ? (SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL) : 0};
    size_t size = abi >= 6 ? sizeof attr : abi >= 4 ? 2 * sizeof(unsigned long long) : sizeof(unsigned long long);
    int ruleset = (int)syscall(444, &attr, size, 0);
    if (ruleset < 0) return -1;
    unsigned long long fileRights = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | (abi >= 3 ? FS_TRUNCATE : 0)
        | (abi >= 5 ? FS_IOCTL_DEV : 0);
    for (int index = 0; index < count; index++) {
        int descriptor = open(paths[index], O_PATH | O_CLOEXEC);
        if (descriptor < 0) continue;  // a folder this system lacks (/lib32, say)
        struct stat status;
        if (fstat(descriptor, &status) != 0) {
            close(descriptor);
            continue;
        }
        unsigned long long allowed = index < writable ? fs : (FS_EXECUTE | FS_READ_FILE | FS_READ_DIR);
        if (!S_ISDIR(status.st_mode)) allowed &= fileRights;
        struct grader_landlock_path_beneath_attr rule = {allowed, descriptor};
        long added = syscall(445, ruleset, LANDLOCK_RULE_PATH_BENEATH_TYPE, &rule, 0);
        close(descriptor);
        if (added != 0) {
            close(ruleset);
            return -1;
        }
    }
    long restricted = syscall(446, ruleset, 0);
    close(ruleset);
    return restricted == 0 ? 0 : -1;
}

static void set_limit(int resource, long long value) {
    if (value <= 0) return;
    struct rlimit limit = {(rlim_t)value, (rlim_t)value};
    if (resource == RLIMIT_CPU) limit.rlim_max = (rlim_t)value + 1;  // SIGXCPU first, then SIGKILL
    setrlimit(resource, &limit);
}

/// Reports `errno` to the parent through `channel` and ends the child.
static void fail(int channel) {
    int number = errno;
    ssize_t ignored = write(channel, &number, sizeof number);
    (void)ignored;
    _exit(127);
}

/// Puts `length` bytes on descriptor `target`, read from its start: the seccomp filter for bubblewrap's
/// `--seccomp 3`, its arguments for `--args 4` (so that its command line, which a sandboxed process
/// can read as process 1's, names no folder of the grader's).
static int data_on_descriptor(const void *data, size_t length, int target) {
    int descriptor = (int)syscall(SYS_memfd_create, "grader-sandbox", 0);
    if (descriptor < 0) return -1;
    const char *bytes = (const char *)data;
    while (length > 0) {
        ssize_t written = write(descriptor, bytes, length);
        if (written <= 0) return -1;
        bytes += written;
        length -= (size_t)written;
    }
    if (lseek(descriptor, 0, SEEK_SET) != 0) return -1;
    if (descriptor != target) {
        if (dup2(descriptor, target) < 0) return -1;
        close(descriptor);
    }
    return 0;
}

pid_t sandbox_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                    int input, int output, int error, const sandbox_limits *limits,
                    sandbox_seccomp_mode seccomp_mode, int uid, int gid,
                    const char *const landlock_paths[], int landlock_count, int landlock_writable,
                    const char *argument_data, size_t argument_length, int *error_number) {
    int landlock = landlock_paths != NULL ? sandbox_landlock_abi() : 0;
    const struct sock_fprog *program = &sandbox_program;
    int channel[2];
    if (pipe2(channel, O_CLOEXEC) != 0) {
        *error_number = errno;
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        *error_number = errno;
        close(channel[0]);
        close(channel[1]);
        return -1;
    }
    if (pid == 0) {
        // Reset what the grader changed, so the program starts with default signal handling.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        for (int number = 1; number < NSIG; number++) {
            if (number != SIGKILL && number != SIGSTOP) signal(number, SIG_DFL);
        }
        if (setsid() < 0) fail(channel[1]);
        // Standard descriptors first (they may be numbered 3 or more), then descriptor 3, then close the rest.
        int standard[3] = {input, output, error};
        int moved[3];
        for (int index = 0; index < 3; index++) {
            moved[index] = fcntl(standard[index], F_DUPFD_CLOEXEC, 10);
            if (moved[index] < 0) fail(channel[1]);
        }
        for (int index = 0; index < 3; index++) {
            if (dup2(moved[index], index) < 0) fail(channel[1]);
        }
        if (seccomp_mode == sandbox_seccomp_descriptor &&
            data_on_descriptor(program->filter, program->len * sizeof(struct sock_filter), 3) != 0) fail(channel[1]);
        if (argument_data != NULL && data_on_descriptor(argument_data, argument_length, 4) != 0) fail(channel[1]);
        int firstToClose = argument_data != NULL ? 5 : seccomp_mode == sandbox_seccomp_descriptor ? 4 : 3;
        for (int descriptor = firstToClose; descriptor < 1024; descriptor++) {
            if (descriptor != channel[1]) close(descriptor);
        }
        if (directory != NULL && chdir(directory) != 0) fail(channel[1]);
        struct rlimit noCore = {0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
        if (limits != NULL) {
            set_limit(RLIMIT_CPU, limits->cpu_seconds);
            set_limit(RLIMIT_AS, limits->address_space);
            set_limit(RLIMIT_FSIZE, limits->file_size);
            set_limit(RLIMIT_NPROC, limits->processes);
        }
        if (gid >= 0) {
            if (setgroups(0, NULL) != 0 || setresgid(gid, gid, gid) != 0) fail(channel[1]);
        }
        if (uid >= 0 && setresuid(uid, uid, uid) != 0) fail(channel[1]);
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(channel[1]);
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        // Dies with the grader (bubblewrap's own --die-with-parent covers what runs inside it).
        prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
        if (landlock > 0 && restrict_to_paths(landlock, landlock_paths, landlock_count, landlock_writable) != 0) {
            fail(channel[1]);
        }
        if (seccomp_mode == sandbox_seccomp_install &&
            prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, program, 0, 0) != 0) fail(channel[1]);
        execve(path, argv, envp);
        fail(channel[1]);
    }
    close(channel[1]);
    int childError = 0;
    ssize_t count;
    do {
        count = read(channel[0], &childError, sizeof childError);
    } while (count < 0 && errno == EINTR);
    close(channel[0]);
    if (count == (ssize_t)sizeof childError) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        *error_number = childError;
        return -1;
    }
    return pid;
}

int sandbox_seccomp_available(void) {
    pid_t pid = fork();
    if (pid < 0) return 0;
    if (pid == 0) {
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) _exit(1);
        if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &sandbox_program, 0, 0) != 0) _exit(1);
        // The filter must refuse a network socket.
        int descriptor = socket(AF_INET, SOCK_STREAM, 0);
        _exit(descriptor < 0 && errno == EACCES ? 0 : 1);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return 0;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
