package org.anxue.creditbank.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

final class InMemoryIssuedStatements implements IssuedStatements {

    private final Map<VerificationCode, IssuedStatement> byCode = new LinkedHashMap<>();

    @Override
    public Optional<IssuedStatement> byCode(VerificationCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Optional<IssuedStatement> currentLike(Statement statement) {
        return byCode.values().stream()
                .filter(issued -> issued.status() == IssuanceStatus.CURRENT && issued.coversTheSameAs(statement))
                .findFirst();
    }

    @Override
    public void save(IssuedStatement issued) {
        byCode.put(issued.code(), issued);
    }
}
