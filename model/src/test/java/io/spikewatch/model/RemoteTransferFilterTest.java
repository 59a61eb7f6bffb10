package io.spikewatch.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The datafeed of lmd_high_count_remote_file_transfer, condition by condition. */
class RemoteTransferFilterTest {

    private static FileEvent.Builder smbWrite() {
        return FileEvent.builder().hostName("ws-1").processName("System").userName("jdoe").fileName("a.exe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"System", "scp", "sshd", "smbd", "vsftpd", "sftp-server"})
    void acceptsEveryRemoteTransferProcess(String process) {
        assertThat(RemoteTransferFilter.test(smbWrite().processName(process).build())).isEqualTo(FilterVerdict.ACCEPTED);
    }

    @Test
    void categoryMayBeAnArrayContainingFile() {
        assertThat(RemoteTransferFilter.test(smbWrite().eventCategory("process", "file").build()))
                .isEqualTo(FilterVerdict.ACCEPTED);
        assertThat(RemoteTransferFilter.test(smbWrite().eventCategory("process").build()))
                .isEqualTo(FilterVerdict.NOT_FILE_CATEGORY);
        assertThat(RemoteTransferFilter.test(smbWrite().eventCategory().build()))
                .isEqualTo(FilterVerdict.NOT_FILE_CATEGORY);
    }

    @Test
    void onlyCreationCounts() {
        for (String action : new String[] {"modification", "deletion", "rename", "overwrite", "Creation"}) {
            assertThat(RemoteTransferFilter.test(smbWrite().eventAction(action).build()))
                    .isEqualTo(FilterVerdict.NOT_CREATION);
        }
        assertThat(RemoteTransferFilter.test(smbWrite().eventAction(null).build())).isEqualTo(FilterVerdict.NOT_CREATION);
    }

    @Test
    void otherOrMissingProcessesAreDropped() {
        for (String p : new String[] {"explorer.exe", "system", "bash", "SCP"}) {
            assertThat(RemoteTransferFilter.test(smbWrite().processName(p).build()))
                    .isEqualTo(FilterVerdict.NOT_REMOTE_PROCESS);
        }
        assertThat(RemoteTransferFilter.test(smbWrite().processName(null).build()))
                .isEqualTo(FilterVerdict.NOT_REMOTE_PROCESS);
    }

    @Test
    void fileNameMustExist() {
        assertThat(RemoteTransferFilter.test(smbWrite().fileName(null).build())).isEqualTo(FilterVerdict.NO_FILE_NAME);
    }

    @Test
    void systemAndRootAreExcludedButAMissingUserIsNot() {
        assertThat(RemoteTransferFilter.test(smbWrite().userName("SYSTEM").build()))
                .isEqualTo(FilterVerdict.SYSTEM_ACCOUNT);
        assertThat(RemoteTransferFilter.test(smbWrite().processName("sshd").userName("root").build()))
                .isEqualTo(FilterVerdict.SYSTEM_ACCOUNT);
        assertThat(RemoteTransferFilter.test(smbWrite().userName("system").build())).isEqualTo(FilterVerdict.ACCEPTED);
        assertThat(RemoteTransferFilter.test(smbWrite().userName(null).build())).isEqualTo(FilterVerdict.ACCEPTED);
    }
}
