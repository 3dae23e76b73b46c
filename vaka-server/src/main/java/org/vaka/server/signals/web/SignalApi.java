package org.vaka.server.signals.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.vaka.protocol.event.AlarmEvent;
import org.vaka.protocol.event.EventDecoder;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.signals.SignalQueries;
import org.vaka.server.signals.StoredSignal;

/** The signal log for tools: newest first, with every event of each frame decoded. */
@RestController
@RequestMapping("/api/v1/signals")
class SignalApi {

    static final int MAX_LIMIT = 100_000;

    private final SignalQueries signals;

    SignalApi(SignalQueries signals) {
        this.signals = signals;
    }

    @GetMapping
    SignalPage list(@AuthenticationPrincipal StaffPrincipal caller,
                    @RequestParam(required = false) String account,
                    @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT);
        }
        if (account != null && !account.matches("[0-9A-Fa-f]{1,16}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "account must be 1 to 16 hex digits");
        }
        List<StoredSignal> rows = account == null ? signals.recent(caller.tenantId(), limit)
                : signals.recent(caller.tenantId(), account, limit);
        return new SignalPage(account == null ? null : account.toUpperCase(Locale.ROOT),
                rows.stream().map(SignalApi::withEvents).toList());
    }

    private static SignalView withEvents(StoredSignal s) {
        List<AlarmEvent> events = "VAKA".equals(s.token()) ? List.of() : EventDecoder.decode(s.token(), s.data());
        return new SignalView(s.id(), s.account(), s.sequence(), s.token(), s.encrypted(), s.receiver(), s.line(),
                s.path(), s.transport(), s.remoteAddress(), s.code(), s.meaning(), s.category(), s.restore(), s.known(),
                s.zone(), s.user(), s.area(), s.data(), s.extended(), s.panelTime(), s.receivedAt(), events);
    }

    record SignalPage(String account, List<SignalView> signals) {
    }

    record SignalView(long id, String account, String sequence, String token, boolean encrypted, String receiver,
                      String line, String path, String transport, String remoteAddress, String code, String meaning,
                      String category, boolean restore, boolean known, String zone, String user, String area,
                      String data, String extended, java.time.Instant panelTime, java.time.Instant receivedAt,
                      List<AlarmEvent> events) {
    }
}
