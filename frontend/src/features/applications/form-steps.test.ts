import { describe, expect, it } from 'vitest';

import { afterStep, beforeStep, fieldId, formProblems, isStep, stepOf, stepPath } from './form-steps';

describe('The steps of the application form', () => {
  it('gives each step its own address, and leads from the last step to the check of the answers', () => {
    expect(stepPath(undefined, 'applicant')).toBe('/applications/new');
    expect(stepPath('d-1', 'items')).toBe('/applications/d-1/edit/items');
    expect(afterStep('d-1', 'applicant')).toBe('/applications/d-1/edit/parties');
    expect(afterStep('d-1', 'end-use')).toBe('/applications/d-1/edit/signature');
    expect(afterStep('d-1', 'signature')).toBe('/applications/d-1/check');
    expect(beforeStep('parties')).toBe('applicant');
    expect(beforeStep('applicant')).toBeNull();
    expect(isStep('end-use')).toBe(true);
    expect(isStep('sign')).toBe(false);
  });

  it('finds the step of any field the server names', () => {
    expect(stepOf('contact.email')).toBe('applicant');
    expect(stepOf('endUsers[1].country')).toBe('parties');
    expect(stepOf('items[3].unitPrice')).toBe('items');
    expect(stepOf('totalValue')).toBe('items');
    expect(stepOf('endUse.missile')).toBe('end-use');
    expect(stepOf('signature.date')).toBe('signature');
    expect(stepOf('')).toBeNull();
  });
});

describe("The server's field errors in plain words", () => {
  it('names the step and the input, and says what to do', () => {
    expect(formProblems([{ field: 'items[0].unitPrice', reason: 'is not a valid number' }])).toEqual([
      { path: 'items[0].unitPrice', step: 'items', fieldId: 'f-items-0-unitPrice',
        message: 'Enter the unit price of item 1 as a number, like 1250.00' },
    ]);
    expect(formProblems([{ field: 'endUsers[0].name', reason: 'is required' }])[0]).toMatchObject({
      step: 'parties', fieldId: 'f-endUsers-0-name', message: 'Enter the name of end user 1' });
    expect(formProblems([{ field: 'contact.name', reason: 'is required' }])[0].message).toBe("Enter the contact's name");
    expect(formProblems([{ field: 'ultimateConsignee.country', reason: 'must be an ISO 3166-1 alpha-2 country code such as DE or JP' }])[0].message)
      .toBe("Enter the ultimate consignee's country as a two-letter country code, like DE or JP");
    expect(formProblems([{ field: 'endUse.militaryEndUse', reason: 'answer yes or no: military end use' }])[0]).toMatchObject({
      step: 'end-use', fieldId: 'f-endUse-militaryEndUse',
      message: 'Select yes or no for the question on military end use or end users' });
    expect(formProblems([{ field: 'items[1].totalPrice', reason: 'must equal quantity x unit price (102.00)' }])[0].message)
      .toBe('Total price of item 2 must be the quantity times the unit price: 102.00');
  });

  it('names a missing whole by its first field', () => {
    expect(formProblems([{ field: 'endUse', reason: 'answer the end-use questions [nuclear], each true or false' }])[0])
      .toMatchObject({ step: 'end-use', fieldId: 'f-endUse-nuclear' });
    expect(formProblems([{ field: 'items', reason: 'at least one item is required' }])[0])
      .toMatchObject({ step: 'items', fieldId: 'f-items-0-eccn', message: 'Add at least one item' });
  });

  it('never shows a field path, whatever the reason', () => {
    const reasons = ['is required', 'is not a valid number', 'is not a valid date (YYYY-MM-DD)', 'must be at most 200 characters',
      'must be greater than zero', 'is not a known field', 'has the wrong type', 'must have at most 50 entries',
      'something the UI has never seen'];
    const fields = ['contact.phone', 'purchaser.address', 'intermediateConsignees[2].name', 'items[0].quantity',
      'items[4].htsCode', 'signature.date', 'endUse.nuclear', 'totalValue', 'resubmissionOf'];
    for (const field of fields) {
      for (const reason of reasons) {
        const [problem] = formProblems([{ field, reason }]);
        expect(problem.message, `${field}: ${reason}`).not.toMatch(/\[\d+\]|[a-z][A-Z]|contact\.|endUse|items\[|signature\./);
        expect(problem.fieldId).toBe(fieldId(problem.path));
      }
    }
  });

  it('lists the problems in the order of the steps', () => {
    const steps = formProblems([
      { field: 'signature.title', reason: 'is required' },
      { field: 'items[0].eccn', reason: 'is required' },
      { field: 'contact.name', reason: 'is required' },
    ]).map((problem) => problem.step);
    expect(steps).toEqual(['applicant', 'items', 'signature']);
  });
});

describe('Amounts read back from the server', () => {
  it('keep their cents', async () => {
    const { money, editable } = await import('./types');
    expect(money('1500')).toBe('1500.00');
    expect(money('25.5')).toBe('25.50');
    expect(money('1500,00')).toBe('1500,00');
    expect(money('')).toBe('');
    const form = editable({ items: [{ unitPrice: 1500 as unknown as string } as never], totalValue: 15000 as unknown as string }, '2026-12-07');
    expect(form.items[0].unitPrice).toBe('1500.00');
    expect(form.totalValue).toBe('15000.00');
    expect(form.signature.date).toBe('2026-12-07');
  });
});
