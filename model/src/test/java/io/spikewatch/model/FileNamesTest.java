package io.spikewatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    /** How LockBit, BlackByte, Royal and their kind name what they encrypt. */
    @ParameterizedTest
    @ValueSource(strings = {"IMG_4752.jpg.3ldyw", "Budget 2025.xlsx.lockbit", "Contract.docx.BlackByte",
        "Q3.PDF.royal_w", "v1.2 plan.pptx.akira", "PKG_210_0160_fx_v028.nk.basta", "patients.accdb.JlpuDWnna", "scan.tif.RYK"})
    void aDocumentWithAnExtensionAppendedLooksEncrypted(String name) {
        assertThat(FileNames.looksEncrypted(name)).isTrue();
    }

    /** Compression, backups, downloads, shortcuts, signatures, versions and plain names are not. */
    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "archive.tar.gz", "data.csv.gz", "Budget.xlsx.bak", "notes.txt.old",
        "invoice.pdf.lnk", "setup.msi.crdownload", "release.zip.sha256", "app.log.20260115", "ledger.xlsx.17", "comp_v012.nk.autosave", "repodata-primary.xml.zck", "settings.ini.x", "libssl.so.3", "v1.2.3.exe", ".bashrc",
        ".docx.lockbit", "trailing.", "README", "RESTORE-FILES-3LDYW.txt", "x.docx.", "ledger.xlsx.2"})
    void otherNamesDoNot(String name) {
        assertThat(FileNames.looksEncrypted(name)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void noNameIsNotEncrypted(String name) {
        assertThat(FileNames.looksEncrypted(name)).isFalse();
    }
}
