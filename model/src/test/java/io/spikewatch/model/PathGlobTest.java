package io.spikewatch.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathGlobTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "C:\\Tools              | C:\\Tools                     | true",
        "C:\\Tools              | c:\\tools\\x64\\bin            | true",
        "C:\\Tools              | C:\\Toolsets                  | false",
        "C:\\Tools              | C:\\                          | false",
        "C:/Tools/              | C:\\Tools\\a                  | true",
        "C:\\Users\\*\\Downloads | C:\\Users\\ann\\Downloads\\x  | true",
        "C:\\Users\\*\\Downloads | C:\\Users\\Downloads          | false",
        "C:\\Users\\a*n\\Down*   | C:\\Users\\aNN\\Downloads     | true",
        "C:\\Users\\a?n         | C:\\Users\\ann                | true",
        "C:\\Users\\a?n         | C:\\Users\\an                 | false",
        "**\\.cache             | /home/u/.cache/pip            | true",
        "**\\.cache             | /.cache                       | true",
        "**\\.cache             | /home/u/.cached               | false",
        "/opt/**/spool          | /opt/agent/v2/spool/in        | true",
        "/opt/**/spool          | /opt/spool                    | true",
        "/opt/**/spool          | /opt/agent/spoolx             | false",
        "**                     | D:\\anything                  | true",
        "\\\\fs01\\share        | \\\\FS01\\Share\\x            | true",
        "/tmp                   | C:\\tmp                       | false"})
    void matchesALocationAndEverythingUnderIt(String pattern, String dir, boolean expected) {
        assertThat(PathGlob.parse("k", pattern).matches(dir)).isEqualTo(expected);
    }
}
